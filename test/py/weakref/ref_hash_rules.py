# A weakref hashes like its referent and keeps that hash after the referent dies; a ref whose
# hash was never taken cannot be hashed once dead.
import weakref


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and other.h == self.h


k = Key(42)
r = weakref.ref(k)
print("hash while alive:", hash(r), hash(r) == hash(k))
k2 = Key(7)
r2 = weakref.ref(k2)
del k, k2
print("cached hash after death:", hash(r))
try:
    hash(r2)
except TypeError as error:
    print("TypeError:", error)
unhashable = []


class Unhashable:
    __hash__ = None


u = Unhashable()
try:
    hash(weakref.ref(u))
except TypeError as error:
    print("TypeError:", error)
