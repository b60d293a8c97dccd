# functools._lru_cache_wrapper is a C type: 152 bytes plus the GC head. A bounded cache keeps a
# dict of key -> 56-byte link (not GC-tracked); once full, the oldest link is reused for the new
# key and result, so filling it past maxsize allocates no more links. An unbounded cache maps the
# key straight to the result.
import functools
import gc
import sys
import tracemalloc


def count(o):
    return sys.getrefcount(o) - 1


@functools.lru_cache(maxsize=4)
def bounded(x):
    return [x]


@functools.lru_cache(maxsize=None)
def unbounded(x):
    return [x]


@functools.lru_cache(maxsize=0)
def uncached(x):
    return [x]


print("getsizeof:", sys.getsizeof(bounded), sys.getsizeof(unbounded), sys.getsizeof(uncached))
print("dict:", sys.getsizeof(bounded.__dict__), list(bounded.__dict__))

# Drain the free lists the calls draw from (small tuples, dicts), so that what they make is new.
drain = [(i,) for i in range(2100)] + [(i, i) for i in range(2100)] + [{"a": i} for i in range(200)]
r = [0] * 12
tracemalloc.start()
r[0] = sys.getallocatedblocks()
r[1] = tracemalloc.get_traced_memory()[0]
for i in range(4):
    bounded(1000 + i)
r[2] = tracemalloc.get_traced_memory()[0]
r[3] = sys.getallocatedblocks()
print("bounded, 4 entries: traced", r[2] - r[1], "blocks", r[3] - r[0])
r[4] = sys.getallocatedblocks()
r[5] = tracemalloc.get_traced_memory()[0]
for i in range(4, 12):
    bounded(1000 + i)
r[6] = tracemalloc.get_traced_memory()[0]
r[7] = sys.getallocatedblocks()
print("bounded, 8 more (evicting): traced", r[6] - r[5], "blocks", r[7] - r[4])
print(bounded.cache_info())

r[8] = sys.getallocatedblocks()
r[9] = tracemalloc.get_traced_memory()[0]
for i in range(12):
    unbounded(2000 + i)
r[10] = tracemalloc.get_traced_memory()[0]
r[11] = sys.getallocatedblocks()
print("unbounded, 12 entries: traced", r[10] - r[9], "blocks", r[11] - r[8])
print(unbounded.cache_info())

for i in range(3):
    uncached(i)
print(uncached.cache_info())

bounded.cache_clear()
unbounded.cache_clear()
print("after clear:", bounded.cache_info(), unbounded.cache_info())
tracemalloc.stop()

key = "".join(["k", "ey"])
k0 = count(key)
res = bounded(key)
print("bounded: key refs", count(key) - k0, "result refs", count(res))
res2 = unbounded(key)
print("unbounded: key refs", count(key) - k0, "result refs", count(res2))
t = (1, 2)


@functools.lru_cache(maxsize=2)
def two(a, b=0):
    return a


t0 = count(t)
two(t, b=5)
print("tuple arg with keyword: refs", count(t) - t0)
two(t)
print("tuple arg alone: refs", count(t) - t0)


def names(objs):
    out = []
    for o in objs:
        if isinstance(o, type):
            out.append("type " + o.__name__)
        else:
            out.append(type(o).__name__)
    return out


print("referents bounded:", names(gc.get_referents(bounded)))
print("referents unbounded:", names(gc.get_referents(unbounded)))
print("tracked:", gc.is_tracked(bounded))
cache = [r for r in gc.get_referents(bounded) if type(r) is dict and key in r][0]
link = cache[key]
print("link:", type(link).__name__, gc.is_tracked(link), gc.get_referents(link), sys.getsizeof(link), count(link))

gc.collect()


class Node:
    pass


def make_cycle():
    n = Node()

    @functools.lru_cache(maxsize=8)
    def g(x):
        return n

    n.g = g
    g(1)
    g(2)
    return g


import weakref
w = weakref.ref(make_cycle())
print("cycle alive before collect:", w() is not None)
print("collected:", gc.collect() > 0, w() is None)
