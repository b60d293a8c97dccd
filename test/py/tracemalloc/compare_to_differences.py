# compare_to() lists what changed between two snapshots per line: new lines, grown lines and freed memory (negative).
import gc
import sys
import tracemalloc


def phase_one():
    a = bytes(1000)
    b = bytes(2000)
    return [a, b]


def phase_two(kept):
    kept.pop()
    kept.append(bytes(5000))
    kept.append(bytes(700))


gc.collect()
tracemalloc.start()
kept = phase_one()
old = tracemalloc.take_snapshot()
phase_two(kept)
new = tracemalloc.take_snapshot()
tracemalloc.stop()
only_mine = [tracemalloc.Filter(True, __file__)]
first = phase_one.__code__.co_firstlineno
for diff in new.filter_traces(only_mine).compare_to(old.filter_traces(only_mine), "lineno"):
    if diff.size_diff or diff.count_diff:
        line = diff.traceback[0].lineno - first
        if 0 < line < 12:
            print("line +%d: size %d (%+d) count %d (%+d)" % (line, diff.size, diff.size_diff, diff.count, diff.count_diff))
