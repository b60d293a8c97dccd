# insert() grows like append; pop() and remove() shrink only when fewer than half the slots are used.
import sys


def capacity(lst):
    return (sys.getsizeof(lst) - sys.getsizeof([])) // 8


lst = []
caps = [0]
for i in range(30):
    lst.insert(0, i)
    if capacity(lst) != caps[-1]:
        caps.append(capacity(lst))
print("insert(0, x) thirty times:", caps)
steps = []
while lst:
    lst.pop(0)
    steps.append((len(lst), capacity(lst)))
changes = [steps[0]] + [s for prev, s in zip(steps, steps[1:]) if s[1] != prev[1]]
print("pop(0) to empty, (len, capacity) at each change:", changes)
lst = list(range(40))
for v in range(39):
    lst.remove(v)
print("after removing 39 of 40:", capacity(lst))
lst = list(range(10))
del lst[:9]
print("del lst[:9] of 10:", capacity(lst))
lst = list(range(10))
lst *= 0
print("lst *= 0:", capacity(lst), sys.getsizeof(lst))
lst = list(range(100))
lst[10:] = []
print("lst[10:] = [] of 100:", capacity(lst))
