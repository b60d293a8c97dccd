# gc.is_finalized is set by the collector's finalization only; calling __del__ by hand or dying
# by refcount (the object is gone) never shows it.
import gc

kept = []


class D:
    def __del__(self):
        kept.append(self)


gc.collect()
d = D()
d.__del__()
print("after a manual __del__():", gc.is_finalized(d))
kept.clear()
e = D()
e.me = e
del e
gc.collect()
print("after the collector finalized it:", gc.is_finalized(kept[-1]))
print("non-GC objects:", gc.is_finalized(1), gc.is_finalized("s"))
print("a plain list:", gc.is_finalized([]))
