# typing: reprs of aliases and special forms, generics, substitution, errors, protocols, TypedDict.
import typing as t
from typing import *

T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', int, str, covariant=True)


class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v


print(T, K, V, K.__bound__, V.__constraints__, Box, Box[int], Box[int](1).__orig_class__, Box.__parameters__,
      Box.__orig_bases__, Box[T].__parameters__)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Union[int], Union[int, int],
      Optional[Union[int, str]], Tuple[int, ...], Tuple[()], Callable[[int], str], Callable[..., int], Callable,
      Type[int], Any, Literal[1, 'a'], ClassVar[int], Final[int], Annotated[int, 'm'], Iterable[int],
      Generator[int, None, None], List[T][int], Dict[K, V], Union['X', None], ForwardRef('X'), Set[int],
      FrozenSet, Sequence, Mapping[str, int], NoReturn, Deque[int], DefaultDict, Counter[str], Text, AnyStr)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]),
      get_args(Callable[[int], str]), get_origin(List), get_args(Annotated[int, 1]))
for g in [lambda: List(), lambda: isinstance([], List), lambda: isinstance([], List[int]), lambda: isinstance(1, Any),
          lambda: Union[()], lambda: Union, lambda: Optional[int, str], lambda: Generic[int], lambda: cast(int, 'x'),
          lambda: Box[int, int], lambda: TypeVar('T') == TypeVar('T'), lambda: isinstance(1, Hashable),
          lambda: issubclass(list, Sequence), lambda: Dict[str], lambda: Literal[1][1], lambda: Any(),
          lambda: t.NewType('UserId', int), lambda: t.NewType('UserId', int)(5),
          lambda: Union[int, str] == Union[str, int], lambda: hash(List[int]) == hash(List[int]),
          lambda: List[int] is List[int], lambda: t.get_type_hints(Box.__init__), lambda: type(List[int]),
          lambda: type(List), lambda: type(Union[int, str]), lambda: List[T][int, str], lambda: Tuple[int, str][0],
          lambda: isinstance(3, Union[int, str]), lambda: Literal[1, 2] == Literal[2, 1], lambda: Callable[[], int],
          lambda: get_args(Callable[..., int]), lambda: T.__name__, lambda: Box[int].__args__, lambda: ClassVar,
          lambda: Annotated[Annotated[int, 1], 2], lambda: type(type('X', (Any,), {})()).__name__, lambda: Optional[None]]:
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__, e)


class Movie(TypedDict, total=False):
    name: str
    year: int


class Movie2(Movie):
    rating: Required[float]


m = Movie(name='x')
print(m, type(m), Movie.__required_keys__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__),
      Movie.__total__, is_typeddict(Movie), Movie2.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Proto(Protocol):
    x: int


class F:
    def close(self):
        pass


print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), isinstance(F(), SupportsInt),
      isinstance(3, SupportsInt), isinstance(3.5, SupportsIndex), isinstance([], Sized))
for g in [lambda: isinstance(F(), Proto), lambda: Proto(), lambda: Closable()]:
    try:
        print(g())
    except TypeError as e:
        print('TypeError', e)


class Pair(Generic[K, T]):
    pass


class Sub(Pair[int, T]):
    pass


print(Sub.__parameters__, Sub[str], Pair[int, str].__origin__, Sub.__mro__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields)


class G(NamedTuple):
    a: int
    b: str = 'x'

    def show(self):
        return f'{self.a}{self.b}'


print(G(1), G(2, 'y').show(), G._field_defaults, G.__doc__)


def f(a: 'int', b: List['str'] = None) -> 'Box[int]':
    pass


print(get_type_hints(f), get_type_hints(G), get_type_hints(Movie2))


@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x):
    return x


print(len(get_overloads(h)), h(3), final(h) is h, assert_type(3, int))
try:
    assert_never(5)
except AssertionError as e:
    print(e)
