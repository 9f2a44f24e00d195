# uncaught ZeroDivisionError
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3, 4]))
print(10 // 3, 10 % 3)
print(average([]))
