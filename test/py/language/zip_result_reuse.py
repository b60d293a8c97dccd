# zip hands out the same result tuple again when nobody else holds it; map keeps its iterators in a tuple.
import sys, gc
a = [1, 2, 3]; b = "xyz"
ids = set()
for t in zip(a, b):
    ids.add(id(t))
print(len(ids))
z = zip(a, b)
t1 = next(z)
t2 = next(z)
print(t1 is t2, t1, t2, sys.getrefcount(t2))
del t1
t3 = next(z)
print(t3 is t2, list(zip()), list(zip(a)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
m = map(str, a)
print(gc.is_tracked(m), [type(x).__name__ for x in gc.get_referents(m)], list(m))
gc.collect()
r = [x for x in zip([(1,)], [2])]
print(r, gc.is_tracked(r[0]))
