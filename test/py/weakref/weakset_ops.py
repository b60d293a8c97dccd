# WeakSet: set operations over weakly held members.
import weakref


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "M%d" % self.n


ms = [M(i) for i in range(6)]
a = weakref.WeakSet(ms[:4])
b = weakref.WeakSet(ms[2:])


def names(s):
    return sorted(m.n for m in s)


print("a:", names(a), " b:", names(b))
print("union:", names(a | b), " intersection:", names(a & b))
print("difference:", names(a - b), " symmetric difference:", names(a ^ b))
print("subset:", weakref.WeakSet(ms[:2]) <= a, a <= b, " superset:", a >= weakref.WeakSet(ms[1:3]))
print("equal:", a == weakref.WeakSet(ms[:4]), " disjoint:", a.isdisjoint(weakref.WeakSet(ms[5:])))
a.discard(ms[0])
a.remove(ms[1])
print("after discard/remove:", names(a))
try:
    a.remove(M(99))
except KeyError as error:
    print("KeyError on a missing member")
c = a.copy()
ms[2] = None
print("member died: a", names(a), " copy", names(c), " len", len(a))
popped = c.pop()
print("pop gave a live member:", popped.n in (3,))
empty = weakref.WeakSet()
try:
    empty.pop()
except KeyError as error:
    print("KeyError:", error)
print("contains an unweakrefable value:", 1 in a)
