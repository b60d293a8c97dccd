# List over-allocation depends on the current size: appending to lists that start at different lengths.
import sys


def capacity(lst):
    return (sys.getsizeof(lst) - sys.getsizeof([])) // 8


for start in (1, 5, 8, 10, 17):
    lst = list(range(start))
    caps = [capacity(lst)]
    for _ in range(40):
        lst.append(None)
        if capacity(lst) != caps[-1]:
            caps.append(capacity(lst))
    print("list(range(%2d)) then 40 appends, capacities:" % start, caps)
lst = []
caps = [0]
for i in range(2000):
    lst.append(i)
    if capacity(lst) != caps[-1]:
        caps.append(capacity(lst))
print("append up to 2000:", caps)
