# During a collection, callbacks of weakrefs that are not garbage run before any __del__;
# weakrefs that are garbage themselves are cleared silently (test_weakref's cyclic tests).
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


gc.collect()
a, b = Node("a"), Node("b")
a.b, b.a = b, a
outside = [weakref.ref(a, lambda r: print("  outside callback for a")),
           weakref.ref(b, lambda r: print("  outside callback for b"))]
a.inside = weakref.ref(b, lambda r: print("  never: this weakref is garbage"))
del a, b
print("collect() ->", gc.collect())
print("outside refs dead:", [r() for r in outside])

c = Node("c")
c.me = c
cb_ref = weakref.ref(c, lambda r: print("  callback sees the ref dead:", r() is None))
del c
print("collect() ->", gc.collect())
