from typing import *
import typing

T = TypeVar('T')
K = TypeVar('K', bound=int)
C = TypeVar('C', covariant=True)
print(Optional[int], Union[int, str], Union[int, None, str], Callable[[int], str])
print(Callable[..., int], Tuple[int, ...], Tuple[()], List[T], Literal['a', 1])
print(Dict[str, List[int]], Type[int], Optional[Union[int, str]], Union[List[int], None], Optional[T])
print(Any, NoReturn, ClassVar[int], Final[int], List, Iterable[int], Deque[int], Annotated[int, 'x'])
print(T, K, C, AnyStr, Text, Callable, Callable[[int, str], None])
print(Union[int, str] == Union[str, int], Union[int], List[int] == List[int], hash(List[int]) == hash(List[int]))
print(Dict[str, T][int], List[T][str])

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
print(s.pop(), Stack[int], Stack.__parameters__, get_origin(Stack[int]) is Stack, Stack.__mro__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]))
print(get_origin(int), get_args(int), get_args(Optional[int]))

for bad in [lambda: isinstance(1, List[int]), lambda: List(), lambda: Union[()], lambda: Any[int], lambda: TypeVar('X', int)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(3, Union[int, str]))

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(type(m), m, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
class Partial(TypedDict, total=False):
    a: int
print(sorted(Partial.__optional_keys__), Partial(a=1))
Point2 = TypedDict('Point2', {'x': int, 'y': int})
print(Point2(x=1, y=2))

class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return self.x + self.y
p = P(1)
print(p, P._fields, P.__annotations__, p.norm(), P._field_defaults, p._replace(y=5), isinstance(p, tuple))
E = NamedTuple('E', [('name', str), ('id', int)])
print(E('a', 1), E.__annotations__)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)

print(get_type_hints(P), cast(int, 'x'), cast('List[int]', [1]))
def f(a: int, b: 'str' = 'x') -> None:
    pass
print(get_type_hints(f))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), len(get_overloads(g)))

class Proto(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), isinstance(3, SupportsInt), isinstance('x', SupportsInt))
try:
    isinstance(F(), Proto)
except TypeError as e:
    print("TypeError", e)
try:
    Proto()
except TypeError as e:
    print("TypeError", e)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId(5) + 1)
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
print(TYPE_CHECKING, typing.Sequence[int], typing.MutableMapping[str, int])
@final
class Fin: pass
print(Fin.__final__)
x: ClassVar[int] = 3
print(__annotations__ if False else "ok")
