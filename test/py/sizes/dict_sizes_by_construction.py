# How a dict is built decides its table: literals, dict(), fromkeys, comprehensions and dict(zip(...)) presize differently.
import sys

keys = list(range(12))
made = {
    "{}": {},
    "{1: 1}": {1: 1},
    "dict(a=1, b=2)": dict(a=1, b=2),
    "dict.fromkeys(12)": dict.fromkeys(keys),
    "comprehension 12": {k: k for k in keys},
    "dict(zip(12))": dict(zip(keys, keys)),
    "dict(list of pairs)": dict([(k, k) for k in keys]),
    "literal of 6": {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5},
    "dict(other)": dict({k: k for k in keys}),
    "{**other}": {**{k: k for k in keys}},
}
for name, d in made.items():
    print("%-22s len %2d size %4d" % (name, len(d), sys.getsizeof(d)))
