# A dict that is its own value (test_gc.test_dict), and one that is its own value twice.
import gc

gc.collect()
d = {}
d[1] = d
del d
print("dict holding itself:", gc.collect())
d = {"a": None, "b": None}
d["a"] = d
d["b"] = d
del d
print("dict holding itself twice:", gc.collect())
d1, d2 = {}, {}
d1["other"], d2["other"] = d2, d1
del d1, d2
print("two dicts holding each other:", gc.collect())
