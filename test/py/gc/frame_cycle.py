# A frame that stores itself in a local variable: frame -> locals -> frame (test_gc.test_frame).
import gc
import sys

gc.collect()


def f():
    frame = sys._getframe()


f()
print("frame holding itself:", gc.collect())


def g():
    try:
        raise ValueError("x")
    except ValueError as e:
        kept = e
    return None


g()
print("exception stored past its except block:", gc.collect())
