# A deque holds references to its items only: no references to None for its free slots or an
# unbounded maxlen (CPython's blocks and C maxlen hold none).
import gc
import sys
from collections import deque

gc.disable()
deltas = []
n0 = sys.getrefcount(None)
d = deque([1, 2, 3])
deltas.append(sys.getrefcount(None) - n0)
e = deque(maxlen=3)
deltas.append(sys.getrefcount(None) - n0)
f = deque([4, 5, 6, 7, 8, 9, 10, 11, 12])
deltas.append(sys.getrefcount(None) - n0)
del d, e, f
deltas.append(sys.getrefcount(None) - n0)
print(deltas)
print(deque(maxlen=None).maxlen, deque((), 2).maxlen)
