# gc.get_referents visits what each type's traverse visits, in its order.
import gc


class C:
    def __init__(self):
        self.first = "one"
        self.second = [2]


class Slots:
    __slots__ = ("b", "a")


def outer():
    x = 1
    y = [2]

    def inner():
        return x, y
    return inner


s = Slots()
s.a, s.b = "A", "B"
c = C()
print("list (reversed):", gc.get_referents([1, "two", 3.0]))
print("tuple (reversed):", gc.get_referents((1, "two", None)))
print("dict (key, value):", gc.get_referents({"k": "v", 1: 2}))
print("set:", sorted(gc.get_referents({5, 3, 4})))
print("instance:", [type(x).__name__ for x in gc.get_referents(c)])
c.__dict__
print("instance with __dict__:", [type(x).__name__ for x in gc.get_referents(c)])
print("slots instance:", gc.get_referents(s)[:2], type(gc.get_referents(s)[2]).__name__)
print("cells of a closure:", [type(x).__name__ for x in gc.get_referents(outer().__closure__)])
print("a cell:", gc.get_referents(outer().__closure__[1]))
print("non-containers give nothing:", gc.get_referents(1, "x", 2.5, None))
print("several arguments:", gc.get_referents([1], (2,)))
