# collections.deque: appends and pops at both ends, maxlen eviction, rotate, indexing and errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d, d[0], d[-1], len(d), 3 in d, d.count(5), d.index(5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(list(recent), end=" ")
print()
recent.appendleft("x")
print(recent, recent.maxlen)
d.remove(5)
d.reverse()
d.insert(1, "ins")
print(d, list(reversed(d)), deque("abc") == deque(["a", "b", "c"]))
for call in (deque().pop, deque().popleft, lambda: deque([1]).remove(2), lambda: deque([1])[5]):
    try:
        call()
    except (IndexError, ValueError) as error:
        print(type(error).__name__, error)
