# A value kept alive only by a cycle stays in a WeakValueDictionary until the collector frees
# it; the KeyedRef callback then removes the entry (during the collection, before __del__).
import gc
import weakref


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name, "- entry still present:", self.name in cache)


gc.collect()
cache = weakref.WeakValueDictionary()
v = V("cyclic")
v.me = v
cache["cyclic"] = v
w = V("plain")
cache["plain"] = w
del v, w
print("after del:", sorted(cache.keys()))
print("collect() ->", gc.collect())
print("after the collection:", sorted(cache.keys()))
