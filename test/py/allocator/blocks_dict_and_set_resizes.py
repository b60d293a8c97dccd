# A dict gets its keys table on the first insertion and swaps it for a bigger one when full: one block throughout; sets likewise once past 8 slots.
import gc
import sys

blocks = sys.getallocatedblocks


def fill_dict(d, keys):
    before = blocks()
    for k in keys:
        d[k] = 0
    return blocks() - before - 1


def fill_set(s, items):
    before = blocks()
    for x in items:
        s.add(x)
    return blocks() - before - 1


letters = list("abcdefghijklmnop")
numbers = list(range(100))
gc.collect()
d = {}
print("dict, first key:", fill_dict(d, letters[:1]))
print("dict, 15 more keys (three resizes):", fill_dict(d, letters[1:]))
s = set()
print("set, 4 small ints (inline table):", fill_set(s, numbers[:4]))
print("set, 96 more (table moves out, then grows):", fill_set(s, numbers[4:]))
