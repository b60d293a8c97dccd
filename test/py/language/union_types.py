# X | Y makes a types.UnionType (PEP 604): flattened, without duplicates, usable with isinstance().
import gc
import sys
import types
import typing

u = int | str
print(u, type(u), u.__args__, u.__parameters__, sorted(set(dir(u)) - set(dir(object))))
print(int | None, None | int, int | int, (int | str) | (str | float), list[int] | None, int | list[int] | list[int])
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str), u == (str | int),
      hash(u) == hash(str | int), u != (int | float))
T = typing.TypeVar("T")
print((list[T] | None).__parameters__, (list[T] | None)[str], (dict[str, T] | T)[bytes])
print(gc.is_tracked(u), sys.getsizeof(u), type(u) is types.UnionType)


def f(x: int | None = None) -> list[int] | None:
    return x


print(f.__annotations__)
for attempt in (lambda: isinstance([], list[int] | int), lambda: int | 3, lambda: types.UnionType(),
                lambda: issubclass(1, int | str)):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)
