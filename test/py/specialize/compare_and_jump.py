# Comparisons followed by conditional jumps (the COMPARE_OP_*_JUMP specialisations): results
# for ints, floats (NaN), strs and mixed types, and True/False reference counts around loops
# that compare without keeping the answers and loops that keep them.
import sys

def count(n, limit):
    hits = 0
    i = 0
    while i < n:
        if i % 3 == 0 and i != limit:
            hits += 1
        i += 1
    return hits

def floats(xs):
    nan = float("nan")
    return [x < 1.5 for x in xs], [x != nan for x in xs], [x == nan for x in xs]

def strs(words):
    return [w == "b" for w in words], [w != "a" for w in words], [w < "b" for w in words]

before_true = sys.getrefcount(True)
before_false = sys.getrefcount(False)
print(count(100, 33))
print("bools unchanged by compare-and-jump loops:", sys.getrefcount(True) - before_true, sys.getrefcount(False) - before_false)
kept = [i < 5 for i in range(10)]
print("kept answers:", sys.getrefcount(True) - before_true, sys.getrefcount(False) - before_false)
print(floats([0.5, 1.5, 2.5]))
print(strs(["a", "b", "c"]))
print(1 < 2.5, 2 == 2.0, "a" == 1, 10 ** 20 > 10 ** 19, -(10 ** 20) < 3)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
