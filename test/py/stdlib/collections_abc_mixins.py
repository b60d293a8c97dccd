# collections.abc: the mixin methods an ABC gives a class that defines the abstract ones, the
# structural checks (a method set to None opts out), registration of the builtin types,
# Callable[...] reprs and the error for a missing abstract method.
from collections import abc


class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return "Bag(%r)" % self.items


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a | b, a & b, a - b, a ^ b, b - [4], [5, 3] - b, a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]))
a |= [9]
a -= [1]
a ^= Bag([2, 7])
print(a, a.isdisjoint([100]), a.pop(), a)
a.remove(9)
try:
    a.remove(42)
except KeyError as e:
    print("KeyError", e)
print(Bag([1, 2])._hash() == hash(frozenset([1, 2])), Bag()._hash() == hash(frozenset()))


class Table(abc.MutableMapping):
    def __init__(self):
        self.rows = {}

    def __getitem__(self, k):
        return self.rows[k]

    def __setitem__(self, k, v):
        self.rows[k] = v

    def __delitem__(self, k):
        del self.rows[k]

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __repr__(self):
        return "Table(%r)" % self.rows


t = Table()
t.update({"a": 1}, b=2)
t.update([("c", 3)])
print(t.setdefault("d", 4), t.pop("a"), t.pop("zz", "default"), t.get("b"), "c" in t, dict(t.items()))
print(t.keys(), list(t.values()), t == {"b": 2, "c": 3, "d": 4}, t.popitem(), len(t))
print(("c", 3) in t.items(), 3 in t.values(), t.keys() & {"c", "x"}, t.keys() | {"x"} >= {"x"})
t.clear()
try:
    t.pop("missing")
except KeyError as e:
    print("KeyError", e)


class Seq(abc.MutableSequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


s = Seq(3, 1, 2, 1)
s.append(5)
s.extend(s)
s.reverse()
print(s.items, s.index(1), s.index(1, 3), s.count(1), 2 in s, list(reversed(s))[:3], s.pop(), s.pop(0))
s.remove(5)
s += [8]
print(s.items)
try:
    s.index(99)
except ValueError as e:
    print("ValueError", repr(e))
s.clear()
print(s.items)


class NoHash:
    __hash__ = None


class Sized3:
    def __len__(self):
        return 3


print(isinstance(NoHash(), abc.Hashable), isinstance(Sized3(), abc.Sized), isinstance(Sized3(), abc.Collection),
      issubclass(list, abc.MutableSequence), issubclass(tuple, abc.MutableSequence), issubclass(bytes, abc.ByteString),
      issubclass(dict, abc.MutableMapping), issubclass(frozenset, abc.MutableSet), issubclass(str, abc.Reversible),
      isinstance(iter(""), abc.Iterator), isinstance((x for x in ""), abc.Generator), isinstance({}.values(), abc.ValuesView))
print(abc.Callable[[int, str], float], abc.Callable[..., int], abc.Callable[[], None], abc.Iterable[int], abc.Mapping[str, int])
print(abc.Sized.__subclasshook__, abc.Mapping.__module__, abc.KeysView({"x": 1}))
try:
    abc.Callable[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Table.__abstractmethods__
    abc.MutableMapping()
except TypeError as e:
    print("TypeError", e)


class Half(abc.Sequence):
    def __len__(self):
        return 0


try:
    Half()
except TypeError as e:
    print("TypeError", e)
