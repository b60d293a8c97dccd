# Indexing lists, tuples and dicts in loops (BINARY_SUBSCR/STORE_SUBSCR's fast paths): negative
# indices, out-of-range errors, missing keys, dict subclasses with __missing__, and reference
# counts of items read and stored.
import sys

def reads(seq):
    return [seq[i] for i in range(-len(seq), len(seq))]

item = ["item"]
lst = [item, 1, 2]
tup = (item, 3, 4)
print(reads(lst), reads(tup))
print("item refcount:", sys.getrefcount(item))
for bad in (3, -4):
    for container in (lst, tup):
        try:
            container[bad]
        except IndexError as e:
            print(type(container).__name__, "IndexError:", e)

d = {"a": 1, 2: "two", (1, 2): "tuple"}
print([d[k] for k in ("a", 2, (1, 2))])
try:
    d["zz"]
except KeyError as e:
    print("KeyError:", e)

class Defaulting(dict):
    def __missing__(self, key):
        return "default for " + str(key)

dd = Defaulting(a=1)
print([dd[k] for k in ("a", "b")])

store = [None] * 3
for i in range(3):
    store[i] = item
    store[-1] = item
print("after list stores:", sys.getrefcount(item))
table = {}
for i in range(3):
    table["k"] = item
    table[i] = item
print("after dict stores:", sys.getrefcount(item), len(table))
try:
    store[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    table[[1]] = 0
except TypeError as e:
    print("TypeError:", e)
