# start() validates nframe (1..65535); a second start() keeps the first limit; stop() drops every trace.
import tracemalloc

print("before:", tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
for bad in (0, -1, 65536):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("start(%d): %s" % (bad, e))
for bad in ("3", 2.0):
    try:
        tracemalloc.start(bad)
    except TypeError as e:
        print("start(%r): %s" % (bad, e))
try:
    tracemalloc.start(2 ** 40)
except OverflowError as e:
    print("start(2**40):", e)
tracemalloc.start(4)
tracemalloc.start(9)
print("tracing with limit:", tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
x = bytes(1000)
print("something traced:", tracemalloc.get_traced_memory()[0] >= 1000, tracemalloc.get_object_traceback(x) is not None)
tracemalloc.stop()
print("after stop:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(x))
print("limit kept after stop:", tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("take_snapshot():", e)
