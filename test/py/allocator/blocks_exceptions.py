# Raising and catching allocates the exception, its args tuple and a traceback object per frame it passed through.
import gc
import sys

blocks = sys.getallocatedblocks
caught = []


def fail(n):
    if n:
        return fail(n - 1)
    raise ValueError(1000 + n)


def catch(depth):
    before = blocks()
    try:
        fail(depth)
    except ValueError as e:
        caught.append(e)
    return blocks() - before - 1


gc.collect()
catch(0)
print("raised directly:", catch(0))
print("through 3 more frames:", catch(3))
e = caught[-1]
print("tracebacks chained:", e.__traceback__.tb_next is not None)
