# Cycles through every builtin container kind, each counted object by object.
import gc


class Node:
    pass


gc.collect()
results = []
s = Node()
s.members = {s}
del s
results.append(("instance in a set it holds", gc.collect()))
fs = Node()
fs.frozen = frozenset([fs])
del fs
results.append(("instance in a frozenset it holds", gc.collect()))
a = [1]
b = {"a": a}
c = (b,)
a.append(c)
del a, b, c
results.append(("list -> tuple -> dict -> list", gc.collect()))
n = Node()
n.it = iter([n])
del n
results.append(("instance -> list iterator -> list -> instance", gc.collect()))
m = Node()
m.view = {"x": m}.values()
del m
results.append(("instance -> dict view -> dict -> instance", gc.collect()))
e = Node()
e.en = enumerate([e])
del e
results.append(("instance -> enumerate -> iterator -> list", gc.collect()))
for label, n in results:
    print("%-48s %d" % (label, n))
