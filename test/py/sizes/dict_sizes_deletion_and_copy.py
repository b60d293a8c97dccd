# Dict sizes: deletions leave holes that keep the table, copy() compacts, and construction routes differ.
import sys

d = {i: i for i in range(5)}
print("5 int keys:", sys.getsizeof(d))
d[5] = 5
print("6th key resizes:", sys.getsizeof(d))
for i in range(6):
    del d[i]
print("all deleted:", len(d), sys.getsizeof(d))
for i in range(6):
    d[i] = i
print("re-inserted:", sys.getsizeof(d))
big = {i: i for i in range(1000)}
for i in range(990):
    del big[i]
print("1000 keys, 990 deleted:", sys.getsizeof(big), " copy():", sys.getsizeof(big.copy()), " dict():", sys.getsizeof(dict(big)))
sizes = {}
for n in range(12):
    sizes[n] = (sys.getsizeof(dict.fromkeys(range(n))), sys.getsizeof({i: None for i in range(n)}),
                sys.getsizeof(dict(zip(range(n), range(n)))))
print("n: (fromkeys, comprehension, dict(zip))")
for n, s in sizes.items():
    print(" ", n, s)
print("dict(a=1, b=2):", sys.getsizeof(dict(a=1, b=2)), " {'a': 1, 'b': 2}:", sys.getsizeof({"a": 1, "b": 2}))
print("{**{'x': 1}}:", sys.getsizeof({**{"x": 1}}), " {}.copy():", sys.getsizeof({}.copy()))
