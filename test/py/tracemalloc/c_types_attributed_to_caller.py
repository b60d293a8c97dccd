# Objects made by C code (a deque and its blocks, a functools.partial) are traced to the Python
# line that called it: C functions have no frame of their own.
import functools
import tracemalloc
from collections import deque

tracemalloc.start()
d = deque(range(100))
p = functools.partial(print, 1)
d.extend(range(100))
snap = tracemalloc.take_snapshot()
files = sorted({s.traceback[0].filename.rsplit("/", 1)[-1] for s in snap.statistics("lineno")})
lines = sorted(s.traceback[0].lineno for s in snap.statistics("lineno"))
print(files)
print(lines)
