# A tuple is exactly 40 + 8 bytes per item (GC header included), however it was made.
import sys

base = tuple(range(6))
made = {
    "literal": (1, 2, 3),
    "tuple(list)": tuple([1, 2, 3]),
    "slice": base[:3],
    "concat": (1,) + (2, 3),
    "repeat": (0,) * 3,
    "generator": tuple(x for x in range(3)),
    "unpack": (*range(3),),
}
for name, t in made.items():
    print("%-12s len %d size %d" % (name, len(t), sys.getsizeof(t)))
print("empty:", sys.getsizeof(()), " 100 items:", sys.getsizeof(tuple(range(100))))
