# statistics("filename") adds up a whole file; statistics("traceback") keeps call chains apart (with start(nframe) > 1).
import gc
import sys
import tracemalloc


def leaf(n):
    return [0] * n


def via_a():
    return leaf(100)


def via_b():
    return leaf(200)


gc.collect()
tracemalloc.start(3)
kept = [via_a(), via_b(), via_a()]
snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.stop()
first = leaf.__code__.co_firstlineno
for stat in snapshot.statistics("traceback"):
    lines = [frame.lineno - first for frame in stat.traceback]
    if lines[-1] == 1:
        print("frames (relative lines):", lines, "size:", stat.size, "count:", stat.count)
by_file = snapshot.statistics("filename")
print("one file:", len(by_file), by_file[0].traceback[0].lineno, by_file[0].size >= 8 * 400)
