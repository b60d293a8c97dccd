# statistics("lineno", cumulative=True) counts a block for every frame of its traceback, so callers add up their callees.
import gc
import tracemalloc


def leaf():
    return bytes(1000)


def caller():
    return [leaf(), leaf()]


gc.collect()
tracemalloc.start(5)
kept = caller()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.stop()
first = leaf.__code__.co_firstlineno
for cumulative in (False, True):
    rows = []
    for stat in snap.statistics("lineno", cumulative=cumulative):
        line = stat.traceback[0].lineno - first
        if 0 < line < 6 and stat.size >= 1000:
            rows.append((line, stat.size // 1000, stat.count))
    print("cumulative" if cumulative else "plain", sorted(rows))
try:
    snap.statistics("traceback", cumulative=True)
except ValueError as e:
    print("ValueError:", e)
try:
    snap.statistics("function")
except ValueError as e:
    print("ValueError:", e)
