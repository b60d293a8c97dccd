# A class object is 904 bytes plus its shared keys (768) when instances have a __dict__; __slots__ classes have none.
import sys


class Plain:
    pass


class WithSlots:
    __slots__ = ("a", "b", "c")


class SlotsAndDict:
    __slots__ = ("a", "__dict__")


class Child(Plain):
    x = 1


for cls in (Plain, WithSlots, SlotsAndDict, Child, int, object, type):
    print("%-12s %d" % (cls.__name__, sys.getsizeof(cls)))
print("type.__basicsize__, __itemsize__:", type.__basicsize__, type.__itemsize__)
