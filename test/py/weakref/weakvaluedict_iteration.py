# Values that die while a WeakValueDictionary is being iterated are removed after the iteration
# (the _IterationGuard), so iterating never fails with "dictionary changed size".
import weakref


class V:
    pass


objs = [V() for _ in range(6)]
d = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
seen = []
for key in d.keys():
    seen.append(key)
    if key == 1:
        objs[4] = None
        objs[5] = None
print("iteration finished:", len(seen) >= 4)
print("dead entries removed afterwards:", sorted(d.keys()))
print("len:", len(d))
it = iter(d.items())
next(it)
objs[0] = None
print("while an iterator is open, len stays:", len(d) in (3, 4))
del it
print("closed iterator commits the removal:", sorted(d.keys()))
