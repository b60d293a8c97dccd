# PEP 442: __del__ runs at most once per object, even when it resurrects the object and the
# object dies again, by refcount or in a cycle.
import gc

saved = []


class Lazarus:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)
        saved.append(self)


gc.collect()
x = Lazarus("by refcount")
del x
print("resurrected:", [o.name for o in saved])
saved.clear()
print("dropped again: no second __del__")
y = Lazarus("in a cycle")
y.me = y
del y
print("collect() ->", gc.collect())
print("finalized flag:", gc.is_finalized(saved[0]))
saved.clear()
print("collect() after dropping it again ->", gc.collect())
