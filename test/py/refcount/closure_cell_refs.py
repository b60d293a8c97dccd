# A closure holds the cell, the cell holds the value: rebinding the variable swaps what the cell holds.
import sys


def make():
    value = ["first"]

    def get():
        return value

    def swap():
        nonlocal value
        value = ["second"]

    return get, swap


get, swap = make()
first = get()
print("first: cell + name:", sys.getrefcount(first))
swap()
print("after nonlocal rebinding, first only has its name:", sys.getrefcount(first))
second = get()
print("second: cell + name:", sys.getrefcount(second))
cell = get.__closure__[0]
print("cell shared by both closures:", cell is swap.__closure__[0], "cell refs:", sys.getrefcount(cell))
del get
print("one closure gone, cell refs:", sys.getrefcount(cell))
del swap
print("both closures gone, cell refs:", sys.getrefcount(cell), "value:", sys.getrefcount(second))
del cell
print("cell gone, value:", sys.getrefcount(second))
