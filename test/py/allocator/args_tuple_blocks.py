# Calling a class allocates an argument tuple; once dead it waits on the tuple free list, so the first such call after gc.collect() costs one more block.
import gc
import sys

blocks = sys.getallocatedblocks


class Pair:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


out = []
gc.collect()
before = blocks()
p = Pair(1, 2)
out.append(("first Pair(1, 2) after gc.collect()", blocks() - before - 1))
before = blocks()
q = Pair(3, 4)
out.append(("second Pair(3, 4)", blocks() - before - 1))
gc.collect()
before = blocks()
r = [1, 2]
out.append(("a list display builds no argument tuple", blocks() - before - 1))
for label, n in out:
    print("%-42s %+d" % (label, n))
