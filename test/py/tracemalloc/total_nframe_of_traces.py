# Each trace remembers how deep the stack was (total_nframe) even when start(nframe) kept fewer frames.
import gc
import tracemalloc


def deep(n):
    if n == 0:
        return bytes(4321)
    return deep(n - 1)


gc.collect()
tracemalloc.start(2)
blob = deep(6)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
for trace in snap.traces:
    if trace.size == 4321 + 33:
        tb = trace.traceback
        print("frames kept:", len(tb), " stack depth:", tb.total_nframe)
        print(repr(tb).endswith("total_nframe=%d>" % tb.total_nframe))
