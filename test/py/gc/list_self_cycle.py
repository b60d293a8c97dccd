# A list that contains itself is freed only by the collector (test_gc.test_list).
import gc

gc.collect()
l = []
l.append(l)
print("refcount path cannot free it, len:", len(l))
del l
print("collect() ->", gc.collect())
print("again ->", gc.collect())
