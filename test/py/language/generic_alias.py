# types.GenericAlias (PEP 585): list[int] and friends, their repr, attributes, equality,
# substitution of type variables, starred unpacking, and the references an alias holds.
import gc
import sys
import types
from typing import TypeVar

alias = list[int]
print(alias, type(alias), alias.__origin__, alias.__args__, alias.__parameters__, alias.__unpacked__)
print(repr(tuple[()]), dict[str, list[int]], list[...], list["x"], type[int], tuple[int, ...])
print(set[frozenset[int]], enumerate[str], BaseExceptionGroup[ValueError], types.GenericAlias(list, int))
print(alias == list[int], alias != list[str], hash(alias) == hash(list[int]), alias.__class__ is types.GenericAlias)
print(alias(), alias([1, 2]), alias.append, alias.__name__, alias.__module__)

T = TypeVar("T")
pair = dict[str, T]
print(pair, pair.__parameters__, pair[int], list[list[T]][bytes], [*tuple[int, str]])


class Numbers(list[int]):
    pass


print(Numbers.__orig_bases__, Numbers.__mro__, alias.__mro_entries__((alias,)), alias.__reduce__())
print(sorted(set(dir(alias)) - set(dir(list))))
for attempt in (lambda: isinstance([], list[int]), lambda: list[int][int], lambda: str[int], lambda: pair[int, str]):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)

# An alias is a tracked container that holds its origin and a tuple of its args.
gc.collect()
before = sys.getrefcount(list), sys.getrefcount(int), gc.get_count()[0]
held = list[int]
after = sys.getrefcount(list), sys.getrefcount(int), gc.get_count()[0]
print([b - a for a, b in zip(before, after)], gc.is_tracked(held), sys.getsizeof(held))
del held
print(sys.getrefcount(list) - before[0], sys.getrefcount(int) - before[1])
