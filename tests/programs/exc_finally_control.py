# finally interacting with return, break, continue and pending exceptions
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally after try-return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return in finally"
print(finally_swallows())
def finally_break():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError("dropped")
        finally:
            if i == 2:
                print("break in finally at", i)
                break
    return i
print(finally_break())
def finally_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(finally_continue())
def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_first())
def rebinding_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding_in_finally())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("iteration", n)
    return n
print(while_finally())
def exception_replaced():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    exception_replaced()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
def except_return_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handler")
        return "from except"
    finally:
        print("finally after except-return")
print(except_return_finally())
count = 0
def gen_finally():
    global count
    try:
        yield 1
    finally:
        count += 1
for _ in gen_finally():
    pass
print(count)
