# Functions CPython implements in C (functools.partial, the lru_cache wrapper, reduce,
# cmp_to_key, operator.itemgetter, heapq, bisect, itertools, deque, defaultdict) have no
# Python frame: a traceback passing through them shows only the Python functions around them.
import bisect
import collections
import functools
import heapq
import itertools
import operator


def divide(a, b):
    return a / b


half = functools.partial(divide, b=2)
by_zero = functools.partial(divide, b=0)


@functools.lru_cache(maxsize=None)
def cached(x):
    return by_zero(x)


@functools.lru_cache(maxsize=4)
def bounded(x):
    return cached(x)


class Touchy:
    def __lt__(self, other):
        raise ValueError('no ordering')

    def __eq__(self, other):
        raise LookupError('no equality')

    __hash__ = object.__hash__


def frames(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


print(half(5), bounded.__wrapped__ is not None)
attempts = [
    lambda: functools.reduce(divide, [1, 0]),
    lambda: functools.reduce(divide, []),
    lambda: sorted([1, 2], key=functools.cmp_to_key(divide)),
    lambda: sorted([1, 2], key=functools.cmp_to_key(lambda a, b: divide(a, 0))),
    lambda: heapq.heappush([Touchy()], Touchy()),
    lambda: heapq.heapify([Touchy(), Touchy()]),
    lambda: bisect.insort([Touchy()], Touchy()),
    lambda: bisect.bisect([1, 2], 1, key=lambda v: divide(v, 0)),
    lambda: list(itertools.starmap(divide, [(1, 0)])),
    lambda: list(itertools.accumulate([1, 0], divide)),
    lambda: collections.deque([Touchy()]).count(1),
    lambda: collections.defaultdict(lambda: divide(1, 0))['k'],
    lambda: operator.itemgetter(5)([]),
    lambda: operator.methodcaller('pop')([]),
    lambda: list(map(half, [1, 'x'])),
    lambda: bounded(0),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, frames(e))

try:
    bounded(0)
except ZeroDivisionError:
    operator.itemgetter('key')(collections.OrderedDict())
