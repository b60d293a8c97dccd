# A traced block that a free list hands out again gets the traceback of its new birth (_Py_NewReference), not of the first one.
import gc
import tracemalloc


def first():
    return [1.5 + len("ab")]


def second():
    return 2.5 + len("abc")


gc.collect()
tracemalloc.start()
lst = first()
f = lst[0]
address = id(f)
line_first = tracemalloc.get_object_traceback(f)[0].lineno - first.__code__.co_firstlineno
del lst, f
g = second()
print("same block:", id(g) == address)
print("traced at first() line", line_first, "then at second() line", tracemalloc.get_object_traceback(g)[0].lineno - second.__code__.co_firstlineno)
tracemalloc.stop()
