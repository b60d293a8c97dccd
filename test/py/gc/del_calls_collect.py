# gc.collect() called from a __del__ that runs during a collection returns 0; called from a
# __del__ run by refcounting it is a full collection.
import gc

results = []


class Collector:
    def __del__(self):
        results.append(gc.collect())


gc.collect()
junk = []
junk.append(junk)
del junk
c = Collector()
del c
print("from a refcount death (one cycle to find):", results)
results.clear()
d = Collector()
d.me = d
del d
print("collect() ->", gc.collect(), " nested:", results)
