# A deque holds one reference per item in its blocks and nothing else: no list, no placeholder
# objects. gc.get_referents lists the items left to right, as deque_traverse visits them, and a
# deque in a reference cycle is collected.
import gc
import sys
from collections import deque


class Item:
    pass


x = Item()
base = sys.getrefcount(x)
d = deque()
d.append(x)
print("one", sys.getrefcount(x) - base)
d.extend([x] * 200)
print("201", sys.getrefcount(x) - base)
d.rotate(70)
d.reverse()
print("after rotate/reverse", sys.getrefcount(x) - base)
for _ in range(150):
    d.pop()
print("51", sys.getrefcount(x) - base)
d.clear()
print("cleared", sys.getrefcount(x) - base)
m = deque([x, x, x], maxlen=2)
print("maxlen 2", sys.getrefcount(x) - base)
m.append(x)
m.appendleft(x)
print("still 2", sys.getrefcount(x) - base)
m *= 5
print("imul", sys.getrefcount(x) - base)
del m
print("deleted", sys.getrefcount(x) - base)
n = deque([x]) * 100
print("mul 100", sys.getrefcount(x) - base)
n[5] = 1
del n[7]
print("set/del", sys.getrefcount(x) - base)
n.insert(50, x)
n.remove(1)
print("insert/remove", sys.getrefcount(x) - base)
del n
print("none", sys.getrefcount(x) - base)

d = deque([x])
dbase = sys.getrefcount(d)
it = iter(d)
rit = reversed(d)
print("iterators hold the deque", sys.getrefcount(d) - dbase)
print(next(it) is x, sys.getrefcount(x) - base)
del it, rit
print("iterators freed", sys.getrefcount(d) - dbase)

y = deque(range(300, 305))
y.extendleft(["a", "b"])
y.rotate(2)
print(gc.get_referents(y))
print(gc.is_tracked(deque()), gc.is_tracked(iter(y)), gc.get_referents(iter(y)) == [y])
print(len(gc.get_referents(deque(range(200)))))


class Sub(deque):
    pass


s = Sub([1, 2])
s.attr = "v"
print([r for r in gc.get_referents(s) if not isinstance(r, dict)])

gc.collect()
gc.disable()
c = deque()
c.append(c)
c2 = deque([[c]])
c.append(c2)
del c, c2
print("cycle collected", gc.collect())
sc = Sub()
sc.append(sc)
sc.me = sc
del sc
print("subclass cycle collected", gc.collect())
r = deque([Item()])
r[0].back = r
del r
print("item cycle collected", gc.collect())
gc.enable()
