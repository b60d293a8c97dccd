# Capacity of lists built by list() from different iterables: exact for sized ones, grown for unsized ones.
import sys


def capacity(lst):
    return (sys.getsizeof(lst) - sys.getsizeof([])) // 8


n = 10
sources = {
    "tuple": tuple(range(n)),
    "range": range(n),
    "str": "abcdefghij",
    "dict": dict.fromkeys(range(n)),
    "set": set(range(n)),
    "generator": (x for x in range(n)),
    "map": map(abs, range(n)),
    "zip": zip(range(n), range(n)),
    "filter": filter(None, range(1, n + 1)),
    "iter(list)": iter(list(range(n))),
    "reversed": reversed(range(n)),
    "dict.items()": dict.fromkeys(range(n)).items(),
}
for label, source in sources.items():
    print("%-12s capacity %d" % (label, capacity(list(source))))
print("[*range(10)]:", capacity([*range(10)]), " sorted(range(10)):", capacity(sorted(range(10))))
print("str.split of 10 words:", capacity("a b c d e f g h i j".split()))
print("list(range(n)) for n = 0..12:", [capacity(list(range(k))) for k in range(13)])
print("generator of n for n = 0..12:", [capacity(list(x for x in range(k))) for k in range(13)])
