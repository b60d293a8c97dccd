# PEP 604 unions next to typing (Objects/unionobject.c, type.__or__/__ror__): operands that
# are not types, equality and hashing with typing.Union, unions of classes with a metaclass.
import types
import typing

u = int | str
for make in [lambda: int | "str", lambda: "str" | int, lambda: int | 3, lambda: u | "x", lambda: 3 | u,
             lambda: None | None]:
    try:
        print(make())
    except TypeError as e:
        print('TypeError:', e)
print(type.__or__(int, 'x'), type.__ror__(int, 'x'), u.__or__(float), u.__ror__(float))
print(typing.Union[int, str] == u, u == typing.Union[str, int], typing.Optional[int] == (int | None))
print(hash(typing.Union[int, str]) == hash(u), typing.Optional[int] | str, str | typing.Optional[int])
print(typing.get_args(u), typing.get_origin(u) is types.UnionType, {u: 1}[str | int])


class Meta(type):
    pass


class A(metaclass=Meta):
    pass


print(A | None, type(A | int).__name__, int | typing.List[int], (A | None).__args__)
print(isinstance(A(), A | int), issubclass(Meta, type | int))
for attempt in [lambda: u(), lambda: type('X', (u,), {}), lambda: isinstance(1, int | list[int]),
                lambda: types.UnionType.__new__(types.UnionType)]:
    try:
        attempt()
    except TypeError as e:
        print('TypeError:', e)


class X(int | str):
    pass
