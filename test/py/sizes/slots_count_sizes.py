# Instance size grows by 8 bytes per slot; __dict__ and __weakref__ slots cost 8 each; subclasses add up.
import sys

sizes = []
for n in range(6):
    cls = type("S%d" % n, (), {"__slots__": tuple("s%d" % i for i in range(n))})
    sizes.append(sys.getsizeof(cls()))
print("0..5 slots:", sizes)


class Base:
    __slots__ = ("a", "b")


class Sub(Base):
    __slots__ = ("c",)


class SubNoSlots(Base):
    pass


class WithDict:
    __slots__ = ("__dict__",)


class WithWeak:
    __slots__ = ("__weakref__",)


class Both:
    __slots__ = ("__dict__", "__weakref__", "x")


print("Base:", sys.getsizeof(Base()), " Sub adds one slot:", sys.getsizeof(Sub()), " Sub without __slots__:", sys.getsizeof(SubNoSlots()))
print("__dict__ only:", sys.getsizeof(WithDict()), " __weakref__ only:", sys.getsizeof(WithWeak()), " both + x:", sys.getsizeof(Both()))
print("plain class instance:", sys.getsizeof(type("Plain", (), {})()), " object():", sys.getsizeof(object()))
print("int subclass instance:", sys.getsizeof(type("I", (int,), {})(5)), " str subclass:", sys.getsizeof(type("T", (str,), {})("ab")))
