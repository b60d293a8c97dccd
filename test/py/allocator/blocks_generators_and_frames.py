# A generator object is one block that embeds its frame; sys._getframe() of a running function materialises a frame object (one block).
import gc
import sys

blocks = sys.getallocatedblocks
keep = []


def gen():
    yield 1
    yield 2


def frame_cost():
    before = blocks()
    f = sys._getframe()
    after = blocks()
    return after - before - 1


def measure(make):
    before = blocks()
    obj = make()
    after = blocks()
    keep.append(obj)
    return after - before - 1


gc.collect()
print("generator:", measure(gen))
g = keep[0]
print("advancing it:", measure(lambda: next(g)))
print("frame object of a call:", frame_cost())
print("generator expression:", measure(lambda: (x for x in "ab")))
