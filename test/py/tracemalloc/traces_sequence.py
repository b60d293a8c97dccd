# snapshot.traces is a sequence of Trace objects (domain, size, traceback); snapshots remember their traceback limit.
import gc
import tracemalloc

gc.collect()
tracemalloc.start(3)
blob = bytes(12345)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
print("traceback_limit:", snap.traceback_limit)
mine = [t for t in snap.traces if t.size == 12345 + 33]
trace = mine[0]
print("found:", len(mine), trace.domain, trace.size, len(trace.traceback), trace.traceback[0].filename == __file__)
print("in the sequence:", trace in snap.traces, len(snap.traces) > 0, repr(snap.traces).startswith("<Traces len="))
print("str:", str(trace).endswith(": 12.1 KiB"))
print("slicing gives Trace objects:", type(snap.traces[:1][0]).__name__)
