# A block that grows keeps one trace: a list's item array is re-traced at the line of the append that resized it.
import gc
import tracemalloc


def build():
    lst = [None]
    for i in range(100):
        lst.append(None)
    return lst


gc.collect()
tracemalloc.start()
lst = build()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
first = build.__code__.co_firstlineno
for stat in snap.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno"):
    line = stat.traceback[0].lineno - first
    if 0 < line < 5:
        print("build() line %d: size=%d count=%d" % (line, stat.size, stat.count))

