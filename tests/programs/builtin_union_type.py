# X | Y between classes makes a types.UnionType, accepted by isinstance and issubclass
class A:
    pass
u = int | str
print(u, int | None, None | int, int | str | int, int | int, A | int)
print(type(u).__name__, type(u).__module__, u.__args__, (int | str) == (str | int), hash(int | str) == hash(str | int))
print((int | str) | (float | None), u | A)
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), isinstance('x', (float, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str))
for bad in ['int | 1', '1 | int', 'None | None', 'type(int | str)()']:
    try:
        eval(bad, {})
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError', e)
