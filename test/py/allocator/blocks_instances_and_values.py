# A plain instance in 3.11 is two blocks: the object and its attribute values array; a __slots__ instance is one; __dict__ adds a dict.
import gc
import sys

blocks = sys.getallocatedblocks
keep = []


class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


def measure(make):
    before = blocks()
    obj = make()
    after = blocks()
    keep.append(obj)
    return after - before - 1


gc.collect()
p = Plain()
print("Plain():", "%+d" % measure(Plain))
print("Slotted():", "%+d" % measure(Slotted))
print("p.__dict__ (dict from a fresh block, values reused):", "%+d" % measure(lambda: p.__dict__))
print("another p.__dict__ (the same dict):", "%+d" % measure(lambda: p.__dict__))
