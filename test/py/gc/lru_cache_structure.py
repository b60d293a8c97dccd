# lru_cache keeps CPython's C structure: a bounded cache maps each key to an untracked
# functools._lru_list_elem link (56 bytes, no referents) held by the dict and the link list; the
# wrapper's referents are its type, each link's key, result and type (oldest first), then the
# cache dict, the function, the keyword mark, the link type, CacheInfo and its __dict__.
import collections
import functools
import gc
import sys


def text(key):
    if type(key) is tuple:
        return str(tuple('mark' if type(k) is object else k for k in key))
    return str(key)


def describe(objects):
    out = []
    for o in objects:
        if isinstance(o, type):
            out.append(o.__qualname__)
        elif isinstance(o, dict):
            out.append('dict%s' % sorted(map(text, o)))
        elif callable(o):
            out.append('function ' + o.__name__)
        elif type(o) is object:
            out.append('object')
        else:
            out.append(repr(o))
    return out


@functools.lru_cache(maxsize=2)
def bounded(x):
    return [x]


bounded(1)
bounded('two')
print(describe(gc.get_referents(bounded)))
bounded(1)
print(describe(gc.get_referents(bounded))[1:7])
cache = [r for r in gc.get_referents(bounded) if type(r) is dict and 1 in r][0]
link = cache[1]
print(type(link), gc.is_tracked(link), gc.get_referents(link), sys.getsizeof(link))
print(sys.getrefcount(link) - 1, gc.is_tracked(bounded), sys.getsizeof(bounded))
bounded(3)
print(sorted(map(str, cache)), sys.getrefcount(link) - 1)
bounded.cache_clear()
print(cache, sys.getrefcount(link) - 1, describe(gc.get_referents(bounded))[:2])


@functools.lru_cache(maxsize=None)
def unbounded(x, *, y=0):
    return x + y


unbounded(1)
unbounded(2, y=3)
print(describe(gc.get_referents(unbounded)))
print(sorted(map(text, [r for r in gc.get_referents(unbounded) if type(r) is dict][0])))
