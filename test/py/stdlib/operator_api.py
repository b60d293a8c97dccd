# operator: every function of operator.__all__, the dunder aliases, and the three getter types
# (calls, reprs, __reduce__, sizes, errors).
import copy
import functools
import operator
import sys
from operator import attrgetter, itemgetter, methodcaller

print(len(operator.__all__), operator.__all__[:6], operator.__all__[-4:])
missing = [name for name in operator.__all__ if not hasattr(operator, name)]
aliases = [name for name in operator.__all__
           if getattr(operator, "__%s__" % name.rstrip("_"), None) is getattr(operator, name)]
print("missing:", missing, "aliased:", len(aliases), operator.__add__ is operator.add, operator.__not__ is operator.not_)
print(operator.inv.__name__, operator.invert.__name__, operator.inv is operator.invert, operator.__invert__ is operator.invert)
print(operator.add.__doc__, operator.contains.__doc__, operator.truth.__doc__, operator.index.__doc__)

# Comparisons, truth and identity.
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"), operator.ge(3, 4), operator.gt("b", "a"))
print(operator.lt([1, 2], [1, 3]), operator.eq({1}, frozenset([1])), operator.not_([]), operator.truth("x"), operator.truth(0.0))
print(operator.is_(None, None), operator.is_not(1, None), operator.__lt__(1, 0))

# Arithmetic and bits.
print(operator.add(2, 3), operator.sub(2, 5), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))
print(operator.pow(2, 10), operator.pow(2, -1), operator.neg(5), operator.pos(-0.0), operator.abs(-3.5), operator.abs(-4))
print(operator.inv(5), operator.invert(-1), operator.lshift(1, 70), operator.rshift(-17, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.and_({1, 2}, {2, 3}), operator.or_({"a": 1}, {"b": 2}), operator.index(True), operator.index(-7))


class Matrix:
    def __init__(self, name):
        self.name = name

    def __matmul__(self, other):
        return "%s@%s" % (self.name, other.name)

    def __imatmul__(self, other):
        self.name += "@=" + other.name
        return self


class Index:
    def __index__(self):
        return 4


print(operator.matmul(Matrix("A"), Matrix("B")), operator.imatmul(Matrix("C"), Matrix("D")).name, operator.index(Index()))

# Containers.
data = [5, 6, 7]
print(operator.getitem(data, -1), operator.getitem("abcdef", slice(1, None, 2)), operator.contains(data, 6), operator.contains("abc", "z"))
print(operator.setitem(data, 0, "x"), operator.delitem(data, 1), data)
print(operator.concat([1], [2]), operator.concat("ab", "cd"), operator.concat((1,), (2, 3)))
print(operator.countOf([1, 1.0, True, 2, "1"], 1), operator.indexOf("hello", "l"), operator.indexOf(iter([3, 4, 5]), 5))


class Noisy:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        print("  eq", self.value, getattr(other, "value", other))
        return self.value == getattr(other, "value", other)

    __hash__ = None


noisy = [Noisy(1), Noisy(2), Noisy(1)]
print(operator.countOf(noisy, 1))
print(operator.countOf(noisy, noisy[2]), operator.indexOf(noisy, 2))


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


class BrokenLen:
    def __len__(self):
        raise TypeError("no length")

    def __length_hint__(self):
        return 4


print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(9))), operator.length_hint(x for x in []),
      operator.length_hint(object(), 7), operator.length_hint(5, True), operator.length_hint(BrokenLen()),
      operator.length_hint(Hinted(NotImplemented), 2), operator.length_hint(Hinted(TypeError("x")), 3),
      operator.length_hint(Hinted(True)), operator.length_hint(Hinted(6), Index()))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), operator.length_hint(reversed("abcd")), operator.length_hint({}, -1))

# Calls and in-place forms.
print(operator.call(max, 3, 9, 4, key=lambda v: -v), operator.__call__(len, "abc"))
numbers = [1, 2]
print(operator.iadd(numbers, [3]) is numbers, numbers, operator.iconcat(numbers, (4,)) is numbers, numbers)
print(operator.iadd((1,), (2,)), operator.isub(5, 7), operator.imul("ab", 2), operator.itruediv(1, 4), operator.ifloordiv(9, 4),
      operator.imod(9, 4), operator.ipow(3, 4), operator.ilshift(1, 3), operator.irshift(64, 3), operator.iand(6, 3),
      operator.ior(6, 3), operator.ixor(6, 3))
names = {"a"}
print(operator.ior(names, {"b"}) is names, sorted(names))
print(functools.reduce(operator.mul, range(1, 8)), list(map(operator.pow, [2, 3], [5, 2])), sorted([3, 1, 2], key=operator.neg))

# itemgetter.
rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(0, 2)(rows[0]), itemgetter("k")({"k": "v"}), itemgetter(slice(1, None))("abc"), itemgetter((1, 2))({(1, 2): "t"}))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter((1, 2))), repr(itemgetter(slice(None, 2))))
print(itemgetter(1).__reduce__(), itemgetter(1, 2).__reduce__(), itemgetter((1, 2)).__reduce__())
box = []
looped = itemgetter(box)
box.append(looped)
print(repr(looped))

# attrgetter.


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


tree = Node("root", Node("leaf", Node("bottom")))
print(attrgetter("name")(tree), attrgetter("child.name")(tree), attrgetter("child.child.name", "name")(tree), attrgetter("real", "imag")(3j))
print(sorted([Node("z"), Node("m"), Node("a")], key=attrgetter("name"))[0].name)
print(repr(attrgetter("name")), repr(attrgetter("child.name", "name")), attrgetter("a.b", "c").__reduce__(), attrgetter("x").__reduce__())

# methodcaller.
print(methodcaller("split", "-", maxsplit=1)("a-b-c"), methodcaller("upper")("abc"), methodcaller("get", "k", 0)({}))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "x", k=(2,), j=None)))
print(methodcaller("f", 1).__reduce__(), methodcaller("f", 1, k=2).__reduce__())
shelf = []
looped = methodcaller("pop", shelf)
shelf.append(looped)
print(repr(looped))

# Copies, types and sizes of the getters.
for getter in (itemgetter(1, [2]), attrgetter("a.b"), methodcaller("m", [1], k=[2])):
    print(type(getter), repr(copy.copy(getter)), repr(copy.deepcopy(getter)), sys.getsizeof(getter))

# Errors.
attempts = [
    lambda: itemgetter(),
    lambda: itemgetter(1, k=2),
    lambda: attrgetter(),
    lambda: attrgetter(1),
    lambda: attrgetter("a", k=1),
    lambda: methodcaller(),
    lambda: methodcaller(1),
    lambda: methodcaller(name="a"),
    lambda: itemgetter(5)([1]),
    lambda: itemgetter("k")({}),
    lambda: attrgetter("real.nope")(1),
    lambda: attrgetter("a..b")(tree),
    lambda: methodcaller("nope")(1),
    lambda: operator.index("7"),
    lambda: operator.index(2.0),
    lambda: operator.concat(1, 2),
    lambda: operator.concat({}, {}),
    lambda: operator.iconcat(1, [2]),
    lambda: operator.concat("a", 1),
    lambda: operator.indexOf([1], 2),
    lambda: operator.countOf(1, 2),
    lambda: operator.indexOf(None, 2),
    lambda: operator.length_hint([], 2.0),
    lambda: operator.length_hint(Hinted(2.5)),
    lambda: operator.length_hint(Hinted(-1)),
    lambda: operator.length_hint(Hinted(ValueError("bad hint"))),
    lambda: operator.length_hint(Hinted(2 ** 70)),
    lambda: operator.lt(1, "a"),
    lambda: operator.truediv(1, 0),
    lambda: operator.contains(1, 2),
    lambda: operator.matmul(1, 2),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__ + ":", error)

for base in (itemgetter, attrgetter, methodcaller):
    try:
        class Derived(base):
            pass
    except TypeError as error:
        print("TypeError:", error)
