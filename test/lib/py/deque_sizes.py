# collections.deque.__sizeof__ follows CPython's 64-item blocks through appends, pops, rotations.
import sys
from collections import deque


def sizes(d):
    return d.__sizeof__(), sys.getsizeof(d) - d.__sizeof__()


d = deque()
print(sizes(d), sizes(deque(range(32))), sizes(deque(range(33))), sizes(deque(range(100))))
trace = []
for i in range(300):
    op = (i * 7) % 11
    if op < 4:
        d.append(i)
    elif op < 7:
        d.appendleft(i)
    elif op < 9 and d:
        d.pop()
    elif d:
        d.popleft()
    if i % 13 == 0:
        d.rotate((i % 50) - 25)
    trace.append(d.__sizeof__())
print(trace[::10], len(d))
b = deque(maxlen=5)
for i in range(200):
    b.append(i)
    b.appendleft(i)
print(b.__sizeof__(), list(b))
z = deque(maxlen=0)
for i in range(70):
    z.append(i)
print(z.__sizeof__())
e = deque(range(130))
for i in range(130):
    e.popleft()
print(e.__sizeof__())
e.extend(range(10))
e.clear()
print(e.__sizeof__(), deque('abc').copy().__sizeof__())
f = deque(range(10))
f.insert(3, 'x')
f.insert(-2, 'y')
del f[4]
f.remove(7)
f.rotate(100)
f.rotate(-3)
print(f, f.__sizeof__())


class D(deque):
    pass


print(D(range(3)).__sizeof__() - deque(range(3)).__sizeof__())
