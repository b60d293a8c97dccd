# The __weakref__ attribute shows the first weakref of an object (or None); __slots__ may add it.
import weakref


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "__weakref__")


class Inherits(Slotted):
    __slots__ = ("b",)


p = Plain()
print("no weakref yet:", p.__weakref__)
r = weakref.ref(p)
print("the basic ref:", p.__weakref__ is r)
del r
print("after the ref died:", p.__weakref__)
s = Inherits()
print("inherited slot works:", weakref.ref(s)() is s)
print("descriptor lives on:", type(Slotted.__dict__["__weakref__"]).__name__, "__weakref__" in Inherits.__dict__)
try:
    class Twice(Slotted):
        __slots__ = ("__weakref__",)
except TypeError as error:
    print("TypeError:", error)
print("__weakrefoffset__ nonzero:", Plain.__weakrefoffset__ > 0, " object:", object.__weakrefoffset__)
