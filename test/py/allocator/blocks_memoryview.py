# memoryview(obj) makes two GC blocks, a managed buffer and the view (and the call's argument tuple); slicing a view adds one view.
import gc
import sys

blocks = sys.getallocatedblocks
keep = []


def measure(make):
    before = blocks()
    obj = make()
    after = blocks()
    keep.append(obj)
    return after - before - 1


data = bytes(100)
gc.collect()
print("memoryview(bytes) (argument tuple included):", measure(lambda: memoryview(data)))
print("again (the tuple comes from its free list):", measure(lambda: memoryview(data)))
v = keep[0]
print("a slice of it:", measure(lambda: v[10:20]))
print("v.toreadonly():", measure(v.toreadonly))
