# Every str, int outside -5..256, float and bytes object is one block; cached small ints and 1-char strs take none.
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


text = "100 1000 " + "1" * 100
parts = text.split()
gc.collect()
int(parts[0]), chr(200), complex(1, 2)  # argument tuples of int(), chr() is a function
out = [
    ("int from '100' (cached)", measure(lambda: int(parts[0]))),
    ("int from '1000'", measure(lambda: int(parts[1]))),
    ("int of 100 digits", measure(lambda: int(parts[2]))),
    ("chr(200) (cached 1-char str)", measure(lambda: chr(200))),
    ("chr(8364)", measure(lambda: chr(8364))),
    ("str of 600 chars (malloc)", measure(lambda: parts[2] * 6)),
    ("10 new strs in a new list", measure(lambda: [str(i) * 3 for i in range(10)])),
    ("complex(1, 2)", measure(lambda: complex(1, 2))),
    ("float 1.5 * n", measure(lambda: 1.5 * len(parts))),
]
for label, n in out:
    print("%-32s %+d" % (label, n))
