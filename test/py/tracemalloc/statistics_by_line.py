# snapshot.statistics("lineno") groups traced blocks by the line that allocated them, with requested (not rounded) sizes.
import gc
import sys
import tracemalloc


def work():
    items = [None] * 1000
    text = "x" * 2000
    data = bytes(300)
    mapping = {i: str(i) for i in range(300, 310)}
    numbers = [i * 1000 for i in range(20)]
    return items, text, data, mapping, numbers


LINES = range(work.__code__.co_firstlineno + 1, sys._getframe().f_lineno)
gc.collect()
tracemalloc.start()
kept = work()
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
for stat in snapshot.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno"):
    line = stat.traceback[0].lineno
    if line in LINES:
        print("work() line %d: size=%d count=%d" % (line - LINES.start + 1, stat.size, stat.count))
