# statistics() sorts by size, then count, then traceback, largest first; compare_to() by the absolute size difference first.
import tracemalloc

a = tracemalloc.Traceback((("a.py", 1),))
b = tracemalloc.Traceback((("b.py", 1),))
c = tracemalloc.Traceback((("c.py", 1),))
old = tracemalloc.Snapshot([(0, 100, (("a.py", 1),), 1), (0, 300, (("b.py", 1),), 1)], 1)
new = tracemalloc.Snapshot([
    (0, 100, (("a.py", 1),), 1), (0, 100, (("a.py", 1),), 1),
    (0, 200, (("c.py", 1),), 1), (0, 50, (("b.py", 1),), 1),
], 1)
for stat in new.statistics("lineno"):
    print(stat)
for diff in new.compare_to(old, "lineno"):
    print(diff)
print([str(s.traceback) for s in new.statistics("filename")])
