# WeakKeyDictionary: keys are held weakly; equal keys share an entry while both are alive.
import weakref


class K:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "K(%s)" % self.name


a, b, c = K("a"), K("b"), K("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2})
d[c] = 3
print("len:", len(d), " values:", sorted(d.values()))
print("get:", d.get(a), d.get(K("other"), "none"), " in:", b in d, 5 in d)
print("setdefault:", d.setdefault(a, 100), d.setdefault(K("temp"), 7))
print("len after a temporary key died:", len(d))
print("pop:", d.pop(b), " popitem gives a live pair:", d.popitem()[1] in (1, 3))
print("keyrefs:", len(d.keyrefs()), type(d.keyrefs()[0]).__name__)
d.update({a: 10}, )
d.update(c=5) if False else None
print("after update:", d[a])
del d[a]
print("after del:", len(d))
try:
    d[K("x")]
except KeyError as error:
    print("KeyError:", type(error.args[0]).__name__)
x = K("x")
d[x] = "x"
del x
print("entry of a dead key removed:", len(d))
