# Dict tables with only str keys use 16-byte entries; any other key kind makes 24-byte entries.
import sys

print("n   str-keys  int-keys  tuple-keys")
for n in (0, 1, 5, 6, 10, 11, 21, 22, 42, 43):
    str_d = {"k%d" % i: i for i in range(n)}
    int_d = {i: i for i in range(n)}
    tup_d = {(i,): i for i in range(n)}
    print("%-3d %8d  %8d  %10d" % (n, sys.getsizeof(str_d), sys.getsizeof(int_d), sys.getsizeof(tup_d)))
d = {"a": 1, "b": 2}
before = sys.getsizeof(d)
d[3] = 3
print("str table that receives an int key:", before, "->", sys.getsizeof(d))
del d[3]
print("and after that key is deleted again:", sys.getsizeof(d))
d2 = {1: 1}
d2["x"] = 2
print("int table receiving a str key:", sys.getsizeof({1: 1}), "->", sys.getsizeof(d2))
