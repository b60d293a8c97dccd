# get_object_traceback() returns the allocation's frames, oldest first, as many as start(nframe) asked for.
import tracemalloc


def inner():
    return bytearray(10)


def middle():
    return inner()


def outer():
    return middle()


tracemalloc.start(2)
obj = outer()
tb = tracemalloc.get_object_traceback(obj)
first = inner.__code__.co_firstlineno
print("limit:", tracemalloc.get_traceback_limit(), "frames:", len(tb))
print("relative lines, oldest first:", [frame.lineno - first for frame in tb])
print("same file:", all(frame.filename == __file__ for frame in tb))
tracemalloc.stop()
tracemalloc.start(10)
obj = outer()
tb = tracemalloc.get_object_traceback(obj)
print("with nframe=10:", len(tb), [frame.lineno - first for frame in tb][1:], tb.total_nframe)
print("str of a traceback is its most recent frame:", str(tb) == str(tb[-1]))
tracemalloc.stop()
