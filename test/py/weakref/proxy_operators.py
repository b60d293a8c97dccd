# A proxy forwards operators, item access, iteration and attribute access to its referent.
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    __hash__ = None

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, v):
        return v in self.xs

    def __bool__(self):
        return bool(self.xs)

    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)

    def __iadd__(self, other):
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self

    def __int__(self):
        return sum(self.xs)

    def __index__(self):
        return len(self.xs)


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print("p + v:", p + v, " v + p:", v + p, " p * 2:", p * 2, " 3 * p:", 3 * p, " -p:", -p)
print("len, item, in, bool:", len(p), p[1], 2 in p, 9 in p, bool(p))
p[0] = 10
del p[2]
print("after item assignment and deletion:", v)
print("iteration:", list(p), " str:", str(p), " int:", int(p))
print("equality:", p == v, p == Vec(10, 2), p != v)
q = p
q += Vec(1, 1)
print("in-place add returns the object, not the proxy:", type(q).__name__, v)
print("as an index:", [0, 1, 2, 3][p])
try:
    hash(p)
except TypeError as error:
    print("TypeError:", error)
