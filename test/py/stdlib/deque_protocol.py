# collections.deque as CPython's C type: methods, the sequence protocol, comparisons, operators,
# repr (recursive), pickling support, subclassing and the exact error messages.
import copy
import weakref
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque("abc")
print(type(d), deque.__module__, deque.__name__, type(iter(d)), type(reversed(d)))
print(repr(d), str(d), len(d), bool(d), bool(deque()))
d.append("d")
d.appendleft("z")
print(d, d.pop(), d.popleft(), d)
d.extend("xy")
d.extendleft("12")
print(d, d[0], d[-1], d[3], d[-4])
d[1] = "ONE"
d[-1] = "LAST"
del d[2]
del d[-2]
print(d)
print(d.count("a"), d.count("q"), d.index("b"), "b" in d, "q" in d)
e = deque(range(10))
print(e.index(5, 2), e.index(5, -8, -2), e.index(9, 0, 100))
attempt("index missing", lambda: e.index(5, 6))
attempt("index str", lambda: e.index(5, "a"))
attempt("index none", lambda: e.index(5, None))
attempt("index noargs", lambda: e.index())
e.rotate()
print(e)
e.rotate(-3)
print(e)
e.rotate(25)
print(e)
attempt("rotate float", lambda: e.rotate(1.5))
attempt("rotate 2 args", lambda: e.rotate(1, 2))
e.insert(2, "i")
e.insert(-1, "j")
e.insert(100, "k")
e.insert(-100, "l")
print(e)
e.remove("i")
print(e)
attempt("remove missing", lambda: e.remove("nope"))
e.reverse()
print(e)
e.clear()
print(e, len(e))
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: deque([1])[5])
attempt("index neg range", lambda: deque([1])[-5])
attempt("setitem range", lambda: deque([1]).__setitem__(3, 0))
attempt("str index", lambda: deque([1])["a"])
attempt("slice", lambda: deque([1])[0:1])
attempt("del range", lambda: deque().__delitem__(0))
attempt("hash", lambda: hash(deque()))
attempt("ctor 3 args", lambda: deque([], 1, 2))
attempt("ctor bad kw", lambda: deque(foo=1))
attempt("ctor bad maxlen", lambda: deque([], -1))
attempt("ctor maxlen str", lambda: deque([], "a"))
attempt("ctor not iterable", lambda: deque(5))
attempt("append 2", lambda: deque().append(1, 2))
attempt("pop arg", lambda: deque().pop(1))
attempt("insert full", lambda: deque([1, 2], 2).insert(0, 3))

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9)
m.appendleft(-1)
print(m)
m.extend(range(10, 15))
print(m)
m.extendleft("ab")
print(m)
attempt("set maxlen", lambda: setattr(m, "maxlen", 4))
z = deque(range(5), 0)
print(z, list(z))
print(deque(range(5), maxlen=None), deque(range(5), maxlen=True))

# Comparisons and operators
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3])
print(deque([1]) < deque([1, 2]), deque([2]) > deque([1, 5]), deque() == deque())
attempt("lt list", lambda: a < [1])
print(a + b, a * 2, 2 * a, a * 0, a * -1)
attempt("add list", lambda: a + [4])
attempt("mul float", lambda: a * 1.5)
c = deque([1, 2])
c += [3, 4]
c += c
print(c)
c *= 2
print(c, len(c))
c *= 0
print(c)
s = deque(["x"], 5)
s *= 10
print(s)
t = deque([1, 2], 5)
t *= 10
print(t)
print(deque([1, 2], 3) + deque([3, 4]))

# Iteration and mutation during it
g = deque(range(5))
print(list(g), list(reversed(g)), sum(g), sorted(g, reverse=True))
it = iter(g)
print(next(it), it.__length_hint__(), next(it))
g.append(5)
attempt("mutated", lambda: next(it))
attempt("mutated again", lambda: next(it))
rit = reversed(g)
next(rit)
g.appendleft(0)
attempt("rev mutated", lambda: next(rit))
it2 = iter(deque([1]))
print(list(it2), list(it2))
attempt("insert 1 arg", lambda: deque().insert(1))
attempt("insert str", lambda: deque().insert("a", 1))
attempt("count 0 args", lambda: deque().count())
attempt("extend none", lambda: deque().extend(None))
attempt("iter type", lambda: type(iter(deque()))())
h = deque([1, 2, 3])
print(type(iter(h))(h, 1).__next__(), list(type(reversed(h))(h, 2)))
print(iter(h).__reduce__()[1:], reversed(h).__reduce__()[1:])

# repr recursion, reduce, copy, class_getitem
r = deque()
r.append(r)
r.append([r])
print(r)
rm = deque([1], maxlen=4)
rm.append(rm)
print(rm)
print(deque([1, 2]).__reduce__()[:3], deque([1], 3).__reduce__()[:3], type(deque().__reduce__()[3]).__name__)
print(list(deque([1, 2]).__reduce__()[3]))
cp = copy.copy(deque([1, [2]], 7))
dc = copy.deepcopy(deque([1, [2]]))
print(cp, dc, deque([3]).copy(), deque([3]).__copy__())
print(deque[int], deque[int].__origin__)
print(deque([1, 2, 3]).__sizeof__())


# Subclassing
class Ring(deque):
    def __init__(self, items, size):
        super().__init__(items, size)
        self.label = "ring"

    def __repr__(self):
        return f"Ring({list(self)}, label={self.label})"


rg = Ring([1, 2, 3], 2)
print(rg, rg.label, rg.maxlen, isinstance(rg, deque), type(rg.copy()).__name__)
attempt("sub copy", lambda: rg + deque([9]))
print(rg.__reduce__()[:3])


class Plain(deque):
    pass


p = Plain("ab")
p.extra = 1
print(p, p.copy(), type(p.copy()).__name__, p.__dict__, p.__reduce__()[2])
print(copy.copy(p), Plain("ab") == deque("ab"))


class Bad(deque):
    def __init__(self, *args):
        pass

    def __new__(cls, *args):
        return 5 if args else super().__new__(cls)


attempt("bad copy", lambda: Bad().copy())

# Weak references
w = deque([1])
ref = weakref.ref(w)
print(ref() is w, weakref.getweakrefcount(w))
del w
print(ref())
