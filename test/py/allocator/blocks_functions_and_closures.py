# def makes one function object; a closure adds a cell per captured variable and a tuple of them (here taken from the tuple free list).
import gc
import sys

blocks = sys.getallocatedblocks
keep = []


def make_plain():
    def f():
        return 1
    return f


def make_closure():
    x = 1
    y = 2

    def f():
        return x + y
    return f


def make_with_defaults():
    def f(a=1000, b=2000):
        return a + b
    return f


def measure(maker):
    before = blocks()
    obj = maker()
    after = blocks()
    keep.append(obj)
    return after - before - 1


gc.collect()
for maker in (make_plain, make_closure, make_with_defaults):
    maker()
for maker in (make_plain, make_closure, make_with_defaults):
    print("%-20s %+d" % (maker.__name__, measure(maker)))
