# Every operation on a proxy whose referent died raises ReferenceError.
import weakref


class Thing:
    value = 3

    def __len__(self):
        return 1


t = Thing()
p = weakref.proxy(t)
del t
for label, op in [("getattr", lambda: p.value), ("setattr", lambda: setattr(p, "x", 1)),
                  ("len", lambda: len(p)), ("bool", lambda: bool(p)), ("str", lambda: str(p)),
                  ("==", lambda: p == 1), ("+", lambda: p + 1), ("iter", lambda: iter(p)),
                  ("[]", lambda: p[0])]:
    try:
        op()
        print(label, "worked")
    except ReferenceError as error:
        print(label, "->", type(error).__name__, error)
print("type(p) still works:", type(p).__name__)
print("weakref.getweakrefcount of nothing:", weakref.getweakrefcount(p) if False else 0)
