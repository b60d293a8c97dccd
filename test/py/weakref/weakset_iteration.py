# Members that die while a WeakSet is iterated are skipped and removed once the iteration ends.
import weakref


class M:
    def __init__(self, n):
        self.n = n


members = [M(i) for i in range(5)]
ws = weakref.WeakSet(members)
seen = 0
for m in ws:
    seen += 1
    if seen == 1:
        members[:] = [x for x in members if x.n < 2]
    del m
print("iteration completed without error:", seen >= 1)
print("len after:", len(ws), sorted(m.n for m in ws))
