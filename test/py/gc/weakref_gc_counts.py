# Weak references change what gc.collect() counts: a weakref that is part of the garbage is
# counted, an outside one is not; a weakref freed right after its callback counts as collected.
import gc
import weakref


class Obj:
    pass


gc.collect()
a = Obj()
a.me = a
a.wr = weakref.ref(a)
del a
print("cycle holding a plain weakref to itself:", gc.collect())
b = Obj()
b.me = b
keep = weakref.ref(b)
del b
print("outside plain weakref:", gc.collect(), keep())
c = Obj()
c.me = c
holder = [weakref.ref(c, lambda r: holder.clear())]
del c
print("outside weakref whose callback frees it:", gc.collect(), holder)
