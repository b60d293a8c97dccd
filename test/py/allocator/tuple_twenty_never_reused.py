# 3.11 keeps dead 20-tuples on a free list but never hands them out: they pile up until gc.collect() frees them.
import gc
import sys

blocks = sys.getallocatedblocks


def churn(size, n):
    before = blocks()
    for i in range(n):
        t = tuple(range(size))
        del t
    return blocks() - before - 1


def collect():
    before = blocks()
    gc.collect()
    return blocks() - before - 1


gc.collect()
results = [
    ("10 short-lived 19-tuples", churn(19, 10)),
    ("10 short-lived 20-tuples", churn(20, 10)),
    ("10 short-lived 21-tuples", churn(21, 10)),
    ("gc.collect() frees the parked ones", collect()),
]
for label, n in results:
    print("%-36s %+d" % (label, n))
