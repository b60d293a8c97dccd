# typing: type variables and generic classes. Subscripting a generic makes an alias object
# (cached: the same subscription gives the same object), which substitutes type variables,
# records __orig_bases__ and __parameters__, and reports its parts to get_origin/get_args.
import typing
from typing import (Annotated, Any, Callable, ClassVar, Dict, Generic, List, Literal, Optional,
                    ParamSpec, Tuple, TypeVar, Union, get_args, get_origin)

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Base", covariant=True)
P = ParamSpec("P")
print(T, N, B, N.__constraints__, B.__bound__, T.__module__, P, P.args, P.kwargs)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


class Pair(Box[T], Generic[T, N]):
    pass


IntBox = Box[int]
print(IntBox, IntBox is Box[int], IntBox(3).__orig_class__, Box.__parameters__, Pair.__parameters__, Pair.__orig_bases__)
print(Pair[str, float], Pair.__mro__, type(IntBox).__name__, IntBox.__origin__, IntBox.__args__)
print(Dict[str, List[T]][int], Callable[[T], List[T]][bytes], Callable[P, T][[int, str], bool], Tuple[T, ...][int])
print(List[int] == List[int], List[int] == list[int], hash(Optional[int]) == hash(Union[None, int]))
print(Union[int, str, int], Union[int], Optional[Union[int, str]], Union[int, List[int]] | None, Literal[1, 2, 1])
print(Annotated[Annotated[int, "a"], "b"], Tuple[()], Callable[..., Any], ClassVar[int], typing.Type[Box])
for alias in (List[int], Dict[str, int], Union[int, None], Callable[[int, str], bool], Annotated[int, 1], Literal["x"], List, Box[int], Generic[T]):
    print(get_origin(alias), get_args(alias))
print(isinstance([], List), issubclass(dict, typing.Mapping), isinstance(3, Union[int, str]), isinstance(1, typing.Hashable))
attempts = [lambda: Box[int, str], lambda: List[int][str], lambda: Dict[int], lambda: Union[()], lambda: Optional[int, str],
            lambda: Generic[int], lambda: isinstance([], List[int]), lambda: List(), lambda: Any(), lambda: TypeVar("X", int),
            lambda: Callable[int], lambda: ClassVar[int, str], lambda: isinstance(1, Any), lambda: exec("class Sub(Union): pass")]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as error:
        print("TypeError:", error)
