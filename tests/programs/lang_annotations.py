# Variable and function annotations (no runtime effect except __annotations__)
x: int = 5
y: "str"
print(x)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def f(a: int, b: str = "b", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f(1))
class C:
    field: int
    other: str = "default"
    def method(self) -> "C":
        return self
print(C.__annotations__)
print(hasattr(C, "field"), C.other)
def local():
    z: int = 3
    w: int
    return z
print(local())
lst = [0, 0]
lst[0]: int = 7
print(lst)
