# collections.deque's memory: a 216-byte GC object with one 528-byte block (64 item pointers and
# two links, from PyMem_Malloc, past pymalloc's 512-byte limit), a new block each time an end
# crosses a block boundary, and emptied blocks kept in the deque's own cache of up to 16 blocks.
import sys
import tracemalloc
from collections import deque


def now():
    return tracemalloc.get_traced_memory()[0]


tracemalloc.start()
b0 = now()
d = deque()
b1 = now()
print("empty deque", b1 - b0, sys.getsizeof(d))

# Growing to the right past block boundaries: the first block starts at its middle.
sizes = []
for n in range(1, 200):
    d.append(None)
    sizes.append(sys.getsizeof(d))
print("getsizeof steps", [(i + 1, s) for i, s in enumerate(sizes) if i == 0 or sizes[i - 1] != s])
b2 = now()
print("200 appended", len(d), sys.getsizeof(d))

# Shrinking: the blocks go to the deque's cache, the memory stays.
b3 = now()
while d:
    d.popleft()
b4 = now()
print("all popped", b4 - b3, sys.getsizeof(d), len(d))

# Growing again reuses the cached blocks: no new memory.
b5 = now()
d.extend((None,) * 150)
b6 = now()
print("refilled from cache", b6 - b5, sys.getsizeof(d))
del d
b7 = now()
print("deque freed", b7 - b6)

# A popleft/append churn walks through blocks: each crossing frees one and takes one back.
q = deque([None] * 10)
x = None
tracemalloc.reset_peak()
c0 = now()
for _ in range(1000):
    q.append(x)
    q.popleft()
c1, peak = tracemalloc.get_traced_memory()
print("churn", c1 - c0, peak - c0, sys.getsizeof(q), len(q))

# appendleft grows blocks to the left; extendleft fills an empty deque from the right.
r = deque()
lsizes = []
for i in range(130):
    r.appendleft(i)
    lsizes.append(sys.getsizeof(r))
print("appendleft steps", [(i + 1, s) for i, s in enumerate(lsizes) if i == 0 or lsizes[i - 1] != s])
e = deque()
e.extendleft(range(63))
print("extendleft 63", sys.getsizeof(e))
e.extendleft([1])
print("extendleft 64", sys.getsizeof(e))
f = deque(range(64))
print("deque(range(64))", sys.getsizeof(f), sys.getsizeof(deque(range(63))))
print("maxlen", sys.getsizeof(deque(range(1000), maxlen=10)))

# Deques of 100 small ints: one object and two blocks, all traced to the line that made them.
tracemalloc.stop()
tracemalloc.start()
h = deque(range(100))
LINE = sys._getframe().f_lineno - 1
traced_now = tracemalloc.get_traced_memory()
snap = tracemalloc.take_snapshot()
stats = [s for s in snap.statistics("lineno") if s.traceback[0].lineno == LINE]
print("deque(range(100))", [(s.size, s.count) for s in stats], traced_now)

# getallocatedblocks counts pymalloc blocks only: the object, not its blocks.
tracemalloc.stop()
a0 = sys.getallocatedblocks()
big = [deque([None] * 500) for _ in range(4)]
a1 = sys.getallocatedblocks()
print("allocated blocks", a1 - a0)
del big
a2 = sys.getallocatedblocks()
print("after del", a2 - a0)

# Iterators: 56-byte GC objects.
it = iter(h)
rit = reversed(h)
print("iterators", sys.getsizeof(it), sys.getsizeof(rit), type(it).__name__, type(rit).__name__)
print("clear", sys.getsizeof(h), h.clear(), sys.getsizeof(h))
class Sub(deque):
    pass
print("subclass", sys.getsizeof(Sub()), sys.getsizeof(Sub(range(100))), Sub.__basicsize__, deque.__basicsize__)
