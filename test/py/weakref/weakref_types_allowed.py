# Which objects can be weakly referenced: instances, classes, functions, methods, sets,
# modules, generators, code objects, builtin functions; not ints, strs, lists, dicts, tuples,
# plain object() or __slots__ instances without __weakref__.
import sys
import weakref


class C:
    def m(self):
        pass


class NoWeak:
    __slots__ = ()


class WithWeak:
    __slots__ = ("__weakref__",)


class IntSub(int):
    pass


class ListSub(list):
    pass


class TupleSub(tuple):
    pass


def gen():
    yield


candidates = [
    ("instance", C()), ("class", C), ("function", gen), ("bound method", C().m),
    ("set", set()), ("frozenset", frozenset()), ("module", sys), ("generator", gen()),
    ("code", gen.__code__), ("builtin function", len), ("type", int),
    ("int subclass", IntSub(1)), ("list subclass", ListSub()), ("tuple subclass", TupleSub()),
    ("slots with __weakref__", WithWeak()), ("slots without", NoWeak()), ("int", 1),
    ("str", "s"), ("bytes", b""), ("list", []), ("dict", {}), ("tuple", ()), ("None", None),
    ("object()", object()), ("float", 1.0), ("range", range(1)), ("exception", ValueError()),
    ("property", property()), ("cell", (lambda: C).__code__.co_consts),
]
for name, obj in candidates:
    try:
        weakref.ref(obj)
        result = "ok"
    except TypeError as error:
        result = "TypeError: %s" % error
    print("%-24s %s" % (name, result))
