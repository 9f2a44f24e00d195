# pyjit views test: compiled code hands an instruction it does not compile to the interpreter.


def work(n):
    global last
    t = 0
    for i in range(n):
        t += i
        if i % 100 == 0:
            last = i
    return t

print(work(1000), last)
