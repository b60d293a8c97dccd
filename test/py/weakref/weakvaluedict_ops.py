# WeakValueDictionary: the mapping API over KeyedRef values; entries vanish when values die.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


vals = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary({"v%d" % i: v for i, v in enumerate(vals)})
print("len:", len(d), " keys:", sorted(d))
print("setdefault existing:", d.setdefault("v1", V(99)), " new:", d.setdefault("tmp", vals[4]))
print("pop:", d.pop("v0"), " pop missing with default:", d.pop("nope", "default"))
try:
    d.pop("nope")
except KeyError as error:
    print("KeyError:", error)
print("get:", d.get("v2"), d.get("missing", "fallback"))
del vals[2]
print("after v2 died:", d.get("v2"), "v2" in d, len(d))
print("items:", sorted(d.items(), key=lambda kv: kv[0]))
refs = d.valuerefs()
print("valuerefs are KeyedRefs:", sorted(type(r).__name__ for r in refs)[0], sorted(r.key for r in refs))
copy = d.copy()
print("copy:", type(copy).__name__, sorted(copy))
d |= {"extra": vals[0]}
print("after |=:", sorted(d))
merged = d | {"more": vals[1]}
print("| gives a new mapping:", type(merged).__name__, sorted(merged), sorted(d))
del d["extra"]
try:
    d["missing"]
except KeyError as error:
    print("KeyError:", error)
vals.clear()
print("all values died:", len(d), list(d.items()))
