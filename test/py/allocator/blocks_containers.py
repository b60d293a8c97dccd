# sys.getallocatedblocks() counts pymalloc blocks in use: a list is its object plus an item array, a dict its object plus a keys table.
import gc
import sys

blocks = sys.getallocatedblocks
keep = []


def measure(make):
    before = blocks()
    obj = make()
    after = blocks()
    keep.append(obj)
    return after - before - 1  # the int `before` is itself a block when `after` is read


gc.collect()
warm = [bytes(1), bytes(2)]  # puts a 1-tuple (the argument tuple of bytes()) on its free list
results = [
    ("empty list (its free list was emptied by gc)", measure(lambda: [])),
    ("list of 3 small ints", measure(lambda: [1, 2, 3])),
    ("empty dict", measure(lambda: {})),
    ("dict with 1 str key", measure(lambda: {"a": 1})),
    ("set of 3 small ints (8 slots inside the object)", measure(lambda: {1, 2, 3})),
    ("set of 10 small ints (table outside the object)", measure(lambda: set(range(10)))),
    ("tuple([1, 2]) (its temporary list stays on the free list)", measure(lambda: tuple([1, 2]))),
    ("bytes(10)", measure(lambda: bytes(10))),
    ("bytes(1000) (over 512 bytes: malloc, still counted)", measure(lambda: bytes(1000))),
]
for label, d in results:
    print("%-58s %+d" % (label, d))
