# global and nonlocal declarations, scoping rules
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)

def make_new_global():
    global brand_new
    brand_new = "created"
make_new_global()
print(brand_new)

def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner()
    r = middle()
    return x, r
print(outer())

def shadow():
    counter = 100
    def f():
        global counter
        return counter
    return f(), counter
print(shadow())

def read_only():
    return counter + 1
print(read_only())

def unbound():
    try:
        print(y_local)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y_local = 1
    return y_local
print(unbound())

def gl():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
gl()

x = "global x"
def f1():
    x = "f1 x"
    def f2():
        return x
    return f2()
print(f1())
class K:
    x = "class x"
    def m(self):
        return x
    y = x + "!"
print(K().m(), K.y)
def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc()
print(a(1), a(2), a(3))
b = acc()
print(b(10), a(0))
del counter
try:
    print(counter)
except NameError as e:
    print("NameError:", e)
