# A weakref callback run by the collector cannot reach the garbage: every weakref to it was
# cleared before any callback ran, so it cannot resurrect anything.
import gc
import weakref


class Obj:
    pass


gc.collect()
registry = {}
x = Obj()
x.cycle = x
watch = weakref.ref(x)
second = weakref.ref(x, lambda r: registry.setdefault("seen", watch()))
del x
print("collect() ->", gc.collect())
print("callback saw the object:", registry)
