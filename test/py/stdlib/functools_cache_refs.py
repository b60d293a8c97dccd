# functools.lru_cache and partial keep references as CPython's C types do: a bounded cache holds
# its key twice (dict and link) and the result once; an unbounded one holds each once; eviction
# and cache_clear release them in least-recently-used order. Also partial's flattening and repr,
# total_ordering, cmp_to_key, reduce, singledispatch and cached_property.
import functools
import sys


def count(o):
    return sys.getrefcount(o) - 1


class Result:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("    released", self.name)


@functools.lru_cache(maxsize=2)
def bounded(key):
    return Result("bounded:" + key)


@functools.lru_cache(maxsize=None)
def unbounded(key):
    return Result("unbounded:" + key)


key = "".join(["ke", "y"])
print("key alone:", count(key))
r = bounded(key)
print("bounded cache: key", count(key), "result", count(r))
u = unbounded(key)
print("unbounded cache: key", count(key), "result", count(u))
del r, u
args = (1, 2)
two = "".join(["tw", "o"])
bounded(two)
print("a hit keeps the order; a miss evicts the least recently used:")
bounded(key)
bounded("".join(["th", "ree"]))
print("info:", bounded.cache_info())
print("cache_clear releases oldest first:")
bounded.cache_clear()
unbounded.cache_clear()
print("info:", bounded.cache_info(), unbounded.cache_info())


@functools.lru_cache(maxsize=4, typed=True)
def pair(a, b=0):
    return (a, b)


marker = tuple(["marker"])
before = count(marker)
pair(0, b=marker)
print("a keyword argument is kept in the key:", count(marker) - before)
print(pair(1), pair(1.0), pair(1, b=2), pair.cache_info().currsize, pair.cache_parameters())

p = functools.partial(functools.partial(max, 1, key=abs), -5)
print("partial flattens:", p.func, p.args, p.keywords, p(3), repr(p))
target = ["target"]
holder = functools.partial(print, target)
print("partial holds its arguments:", count(target))
del holder
print("released:", count(target))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __eq__(self, other):
        return self.n == other.n


print(Version(1) >= Version(1), Version(2) > Version(1), Version.__ge__.__doc__, Version.__le__.__name__)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
for call in (lambda: functools.reduce(lambda a, b: a + b, []), lambda: functools.reduce(len, 5)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


@functools.singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return "sequence"


print(describe(1), describe(True), describe([1]), describe((1,)), describe("s"), describe.dispatch(bool).__name__)


class Lazy:
    @functools.cached_property
    def value(self):
        print("  computed once")
        return 42


lazy = Lazy()
print(lazy.value, lazy.value, vars(lazy))
print("end")
