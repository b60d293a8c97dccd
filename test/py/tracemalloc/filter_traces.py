# Snapshot.filter_traces(): Filter(inclusive, pattern, lineno) keeps or drops traces by file (fnmatch pattern) and line.
import gc
import tracemalloc


def alloc():
    a = bytes(1111)
    b = bytes(2222)
    return a, b


gc.collect()
tracemalloc.start()
kept = alloc()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
first = alloc.__code__.co_firstlineno
line_a, line_b = first + 1, first + 2


def sizes(s):
    return sorted(t.size for t in s.traces if t.traceback[0].lineno in (line_a, line_b) and t.traceback[0].filename == __file__)


print("all:", sizes(snap))
print("only line a:", sizes(snap.filter_traces([tracemalloc.Filter(True, __file__, line_a)])))
print("without line a:", sizes(snap.filter_traces([tracemalloc.Filter(False, __file__, line_a)])))
print("pattern *.py:", sizes(snap.filter_traces([tracemalloc.Filter(True, "*.py")])))
print("pattern *.txt:", sizes(snap.filter_traces([tracemalloc.Filter(True, "*.txt")])))
print("domain 0:", sizes(snap.filter_traces([tracemalloc.DomainFilter(True, 0)])), "domain 1:", sizes(snap.filter_traces([tracemalloc.DomainFilter(True, 1)])))
print("no filters copies:", sizes(snap.filter_traces([])))
try:
    snap.filter_traces(tracemalloc.Filter(True, "*"))
except TypeError as e:
    print("TypeError:", e)
f = tracemalloc.Filter(True, "x.pyc", 3, True, 0)
print(f.filename_pattern, f.lineno, f.all_frames, f.domain, f.inclusive)
