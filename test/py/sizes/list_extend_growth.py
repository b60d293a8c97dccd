# list.extend and += grow to exactly the new length when that exceeds the usual over-allocation.
import sys


def capacity(lst):
    return (sys.getsizeof(lst) - sys.getsizeof([])) // 8


for chunk in (1, 3, 4, 7, 20):
    lst = []
    caps = []
    for _ in range(6):
        lst.extend([0] * chunk)
        caps.append(capacity(lst))
    print("extend by %2d six times:" % chunk, caps)
lst = [0] * 10
lst += range(3)
print("[0]*10 += range(3):", capacity(lst))
lst = []
lst.extend(x for x in range(10))
print("extend with a generator of 10:", capacity(lst))
lst = []
lst.extend(iter(range(10)))
print("extend with a range iterator of 10:", capacity(lst))
lst = [1, 2]
lst.extend(lst)
print("extend with itself:", lst, capacity(lst))
lst = [0] * 8
lst.extend([])
print("extend with nothing keeps", capacity(lst))
