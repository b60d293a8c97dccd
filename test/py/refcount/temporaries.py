# Temporaries: an object that no name holds has exactly the reference of the call that sees it.
import sys


class Thing:
    def make(self):
        return ["made"]


print("list display:", sys.getrefcount([1, 2]))
print("dict display:", sys.getrefcount({"a": []}))
print("set display:", sys.getrefcount({1, 2}))
print("tuple built at run time:", sys.getrefcount(tuple([1, 2])))
print("instance:", sys.getrefcount(Thing()))
print("method result:", sys.getrefcount(Thing().make()))
print("concatenation:", sys.getrefcount([1] + [2]))
print("slice copy:", sys.getrefcount([1, 2, 3][1:]))
print("computed big int:", sys.getrefcount(int("987654321987")))
print("str joined at run time:", sys.getrefcount("-".join(["not", "interned"])))
base = ["base"]
print("conditional expression picking a named object:", sys.getrefcount(base if True else None))
print("item of a temporary list:", sys.getrefcount([base][0]))
print("base afterwards:", sys.getrefcount(base))
