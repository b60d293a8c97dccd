# Non-ASCII strings grow in place too (72-byte header, 1/2/4 bytes per char); the cached UTF-8 copy is dropped when they do.
import sys


def grow(start, add, n):
    s = "".join([start, start])
    kept = 0
    for i in range(n):
        before = id(s)
        s += add
        kept += id(s) == before
    return kept, len(s), sys.getsizeof(s)


for _ in range(3):
    grow("a", "b", 3)
print("latin-1:", grow("\xe9", "\xe8", 100))
print("ucs-2:", grow("\u20ac", "\u20ad", 100))
print("ucs-4:", grow("\U0001f600", "\U0001f601", 100))


def with_utf8():
    s = "".join(["\xe9", "t\xe9"])
    type(s, (), {})
    cached = sys.getsizeof(s)
    for i in range(12):
        s += "x"
    return cached, sys.getsizeof(s), len(s)


print("utf-8 cache dropped:", with_utf8())
