# Objects parked on a free list still hold their block: deleting floats, lists and dicts lowers the count only past the free list's limit.
import gc
import sys

blocks = sys.getallocatedblocks
out = []


def drop(label, make):
    objs = make()
    before = blocks()
    del objs
    out.append((label, blocks() - before))


gc.collect()
drop("150 floats (100 stay on the free list; the list goes too)", lambda: [float(i) + 0.5 for i in range(150)])
gc.collect()
drop("100 empty lists (80 stay on the free list)", lambda: [[] for i in range(100)])
gc.collect()
drop("50 dicts (all fit on the free list)", lambda: [{} for i in range(50)])


def collect():
    before = blocks()
    gc.collect()
    return blocks() - before


out.append(("then gc.collect() empties the free lists", collect()))
for label, d in out:
    print("%-60s %+d" % (label, d))
