# Assignment expressions (walrus :=)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = []
it = iter(data)
while (v := next(it, None)) is not None:
    values.append(v * 2)
print(values, v)
print([y for x in data if (y := x * x) > 10])
print(y)  # leaks from comprehension to enclosing scope
def f():
    total = 0
    parts = [total := total + x for x in range(5)]
    return parts, total
print(f())
print((a := 5) + a, a)
def g(seq):
    if any((hit := x) > 5 for x in seq):
        return hit
    return None
print(g([1, 7, 3]), g([1, 2]))
z = [(w := 1), w + 1, w + 2]
print(z, w)
print(f"{(q := 10)} {q * 2}")
chunks = []
s = "abcdefghij"
i = 0
while chunk := s[i:i + 3]:
    chunks.append(chunk)
    i += 3
print(chunks)
