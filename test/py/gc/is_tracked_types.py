# gc.is_tracked for many kinds of objects: only containers can be tracked.
import gc


class C:
    pass


class S:
    __slots__ = ()


def f():
    pass


def gen():
    yield 1


gc.collect()
samples = [
    ("int", 7), ("float", 1.5), ("complex", 1j), ("str", "s"), ("bytes", b"b"),
    ("bytearray", bytearray(b"x")), ("None", None), ("True", True), ("range", range(3)),
    ("slice", slice(1, 2)), ("object()", object()), ("list", []), ("set", {1}),
    ("frozenset", frozenset({1})), ("instance", C()), ("slots instance", S()),
    ("class", C), ("builtin type", list), ("function", f), ("lambda", lambda: 0),
    ("bound method", C().__init__), ("builtin function", len), ("builtin method", [].append),
    ("generator", gen()), ("list iterator", iter([])), ("dict keys view", {}.keys()),
    ("module", gc), ("property", property()), ("staticmethod", staticmethod(f)),
    ("classmethod", classmethod(f)), ("exception", ValueError()), ("cell", (lambda: f).__closure__),
    ("code", f.__code__), ("enumerate", enumerate([])), ("zip", zip()), ("map", map(f, [])),
]
for name, obj in samples:
    print("%-18s %s" % (name, gc.is_tracked(obj)))
