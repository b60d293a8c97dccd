# DEBUG_SAVEALL puts everything the collector found in gc.garbage, including dicts and lists
# that are part of the cycles.
import gc


class Node:
    pass


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
n = Node()
n.d = {"node": n}
n.__dict__
l = [n]
n.l = l
del n, l
print("collected:", gc.collect())
print("saved:", sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
del gc.garbage[:]
print("freed once gc.garbage is emptied:", gc.collect())
