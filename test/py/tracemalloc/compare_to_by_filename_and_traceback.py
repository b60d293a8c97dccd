# compare_to() can group by file or by whole traceback; lines that disappeared show up with size 0 and a negative difference.
import gc
import tracemalloc


def make(n):
    return [bytes(100) for _ in range(n)]


gc.collect()
tracemalloc.start(2)
kept = make(3)
old = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
kept.extend(make(2))
del kept[0]
new = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.stop()
first = make.__code__.co_firstlineno
by_tb = new.compare_to(old, "traceback")
rows = []
for d in by_tb:
    lines = tuple(f.lineno - first for f in d.traceback)
    if lines[-1] == 1 and d.size_diff:
        rows.append((lines, d.size, d.size_diff, d.count, d.count_diff))
for row in sorted(rows):
    print(row)
by_file = new.compare_to(old, "filename")
print(len(by_file), by_file[0].count_diff > 0)
