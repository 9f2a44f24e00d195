# if/elif/else, while/else, for/else, break, continue, pass
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in (-5, 0, 3, 42):
    print(n, classify(n))

i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("while-else not reached")
print("after while", i)

j = 0
while j < 3:
    j += 1
else:
    print("while-else reached", j)

for x in range(2, 20):
    for d in range(2, x):
        if x % d == 0:
            print(x, "=", d, "*", x // d)
            break
    else:
        print(x, "is prime")

for x in []:
    print("never")
else:
    print("empty for-else")

count = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
print("count", count)
if []:
    pass
elif {}:
    pass
else:
    print("both empty containers are false")
while True:
    count -= 3
    if count < 0:
        break
print("final", count)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
