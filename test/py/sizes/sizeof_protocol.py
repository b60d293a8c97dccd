# sys.getsizeof calls __sizeof__ and adds the GC header for tracked types; custom __sizeof__ rules.
import sys


class Custom:
    def __sizeof__(self):
        return 1000


class EmptySlots:
    __slots__ = ()


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return "big"


for obj in ([], (), {}, set(), 1, 1.5, "abc", b"abc", Custom(), EmptySlots(), object()):
    print("%-10s __sizeof__ %5d  getsizeof %5d" % (type(obj).__name__, obj.__sizeof__(), sys.getsizeof(obj)))
print("a default is ignored when __sizeof__ works:", sys.getsizeof(1, 99))
for bad in (Negative(), NotInt()):
    try:
        sys.getsizeof(bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
    print("  with a default:", end=" ")
    try:
        print(sys.getsizeof(bad, -5))
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
