# IndentationError (a SyntaxError subclass)
def f():
    a = 1
      b = 2
    return a + b
print(f())
