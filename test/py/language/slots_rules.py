# __slots__: no __dict__, unset slots raise AttributeError, conflicts with class variables, inheritance.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

p = Point(1)
print(p.x, hasattr(p, "__dict__"), hasattr(p, "y"))
try:
    p.y
except AttributeError as error:
    print("AttributeError:", error)
try:
    p.z = 3
except AttributeError as error:
    print("AttributeError:", error)
print(type(Point.__dict__["x"]).__name__, Point.__slots__)

class Point3(Point):
    __slots__ = ("z",)

q = Point3(2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))

class Loose(Point):
    pass

r = Loose(5)
r.anything = 6
print(r.x, r.__dict__)
try:
    class Bad:
        __slots__ = ("value",)
        value = 1
except ValueError as error:
    print("ValueError:", error)
