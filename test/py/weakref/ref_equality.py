# Live weakrefs compare equal when their referents do; dead ones only to themselves; ordering
# comparisons are not defined.
import weakref


class Val:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Val) and self.v == other.v

    __hash__ = object.__hash__


a, b, c = Val(1), Val(1), Val(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print("equal referents:", ra == rb, " different:", ra == rc, ra != rc)
print("compared with a non-ref:", ra == a, ra != a)
try:
    ra < rb
except TypeError as error:
    print("TypeError:", error)
del a
print("one dead:", ra == rb, ra != rb, ra == ra)
del b
print("both dead, distinct refs:", ra == rb)
