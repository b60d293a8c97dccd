# Tuples take part in cycles through a mutable container (test_gc.test_tuple).
import gc

gc.collect()
l = []
t = (l,)
l.append(t)
del t, l
print("tuple <-> list:", gc.collect())
l = []
t = (1, 2, (3, l))
l.append(t)
del t, l
print("nested tuples and a list:", gc.collect())
