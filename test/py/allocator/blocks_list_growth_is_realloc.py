# Appending to a list reallocates its one item array (in place or moved): the block count does not change, even past 512 bytes.
import gc
import sys

blocks = sys.getallocatedblocks


def grow(lst, n):
    before = blocks()
    while n:
        lst.append(None)
        n -= 1
    return blocks() - before - 1  # minus the int `before`


gc.collect()
lst = [None]
print("10 appends:", grow(lst, 10))
print("100 appends (item array now over 512 bytes):", grow(lst, 100))
print("1000 appends:", grow(lst, 1000))


def clear(lst):
    before = blocks()
    lst.clear()
    return blocks() - before - 1


print("clear() frees the item array:", clear(lst))
