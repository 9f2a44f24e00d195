# f-strings
x = 3.14159
w = 10
p = 3
name = 'World'
items = [1, 2, 3]
d = {'key': 'val', 'n': 5}
print(f'Hello {name}!', f'{name!r}', f'{name!s:>8}', f'{name!a}', f'{"é"!a}')
print(f'{x:{w}.{p}f}|', f'{x:<{w}}|', f'{x:^{w}.{p - 1}e}|', f'{name:{"*"}^{w}}')
print(f'{x=}', f'{x = :.2f}', f'{name=!s}', f'{1 + 2=}', f'{items[1]=}', f'{ x = }')
print(f'{items} {items[0]} {items[-1] * 2} {len(items)} {sum(items) / len(items):.3f}')
print(f"{d['key']} {d['n']:03d} {'nested' + '!'}")
print(f'{{literal}} {{{name}}} {{}}')
print(f'{3 if x > 3 else 4} {[i * i for i in range(4)]} {(lambda a: a + 1)(1)}')
print(f'{12345:,} {255:#x} {255:08b} {0.25:%} {-42:+05d}')
v = 42
print(f'{v!r:>5}', f'{str(v):*<6}', f'{v:{"d"}}')
print(f'''multi
{name}''', rf'\n{name}', fr'{name}\t')
print(f'{"quoted"}', f"{'single'}", f'{"a" "b"}')
width = 5
for i in range(3):
    print(f'{i:>{width}}|{i * 1.5:<{width}.1f}|')
obj = [f'{i}' for i in range(3)]
print(obj, f'{obj!r}', f'{None}', f'{True:>6}', f'{1e100:g}')
