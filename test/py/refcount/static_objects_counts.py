# Statically allocated objects in CPython 3.11 (the small ints, the one-byte bytes, the empty
# tuple and str, the static strings) start with a reference count of 999999999 and are still
# counted: their counts sit just above that number and move by one per reference.
import sys

small = [-5, 0, 1, 42, 256]
print("small ints start at 999999999:", [sys.getrefcount(n) > 999_999_999 for n in small])
print("257 is not static:", sys.getrefcount(257) < 100)
print("empty tuple, str, bytes:", [sys.getrefcount(x) > 999_999_999 for x in ((), "", b"")])
print("one-byte bytes:", sys.getrefcount(b"a") > 999_999_999)
before = sys.getrefcount(7)
keep = [7] * 10
print("ten more references to 7:", sys.getrefcount(7) - before)
del keep
print("and back:", sys.getrefcount(7) - before)
