# copy: shallow and deep copies through the reduce protocol (__getnewargs__, __getstate__ and
# __setstate__, __slots__, list and dict subclasses), __copy__/__deepcopy__ hooks, the memo and
# the references copies hold.
import copy
import sys


def count(o):
    return sys.getrefcount(o) - 1


class Plain:
    def __init__(self, items):
        self.items = items


class Slotted:
    __slots__ = ("a", "__hidden")

    def __init__(self):
        self.a = [1]
        self.__hidden = "h"


class Tagged(list):
    pass


class Stateful:
    def __init__(self):
        self.value = [1, 2]

    def __getstate__(self):
        print("  __getstate__")
        return {"value": self.value, "extra": True}

    def __setstate__(self, state):
        print("  __setstate__", sorted(state))
        self.__dict__.update(state)


class Number(int):
    def __getnewargs__(self):
        print("  __getnewargs__")
        return (int(self),)


class Hooked:
    def __copy__(self):
        return "shallow hook"

    def __deepcopy__(self, memo):
        return "deep hook with memo %s" % type(memo).__name__


shared = ["shared"]
p = Plain([shared, shared])
print("refs to shared:", count(shared))
s = copy.copy(p)
print("shallow: same list", s.items is p.items, count(shared))
d = copy.deepcopy(p)
print("deep: new list, one copy of shared:", d.items is not p.items, d.items[0] is d.items[1], d.items[0] is not shared,
      count(shared))
del s, d
sl = copy.deepcopy(Slotted())
print("slots:", sl.a, sl._Slotted__hidden, Slotted.__slotnames__)
t = Tagged([[1]])
t.label = "L"
t2 = copy.deepcopy(t)
print("list subclass:", type(t2).__name__, t2, t2.label, t2[0] is not t[0], copy.copy(t)[0] is t[0])
print("state hooks:")
st = copy.deepcopy(Stateful())
print(" ", st.value, st.extra)
n = copy.deepcopy(Number(7))
print("newargs:", n, type(n).__name__)
print(copy.copy(Hooked()), copy.deepcopy(Hooked()))
memo = {}
inner = [0]
outer = [inner, (inner, 1)]
result = copy.deepcopy(outer, memo)
print("memo holds the copies and keeps the originals:", memo[id(inner)] is result[0], result[1][0] is result[0],
      len(memo), outer in memo[id(memo)], count(inner))
del memo
print("memo released:", count(inner))
cyclic = []
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print("cycles:", cc[0] is cc, cc is not cyclic)
print("atoms:", copy.deepcopy(len) is len, copy.copy(Plain) is Plain, copy.deepcopy((1, "a")) is not None,
      copy.copy((1, [2]))[1] is not None, copy.deepcopy(frozenset([1])), copy.deepcopy({1: {2}}), copy.copy(set([3])))
tup = (1, [2])
print("a tuple holding a mutable is copied:", copy.deepcopy(tup) is not tup, copy.deepcopy((1, 2)) == (1, 2))
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
