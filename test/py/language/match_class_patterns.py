# match class patterns: __match_args__ for positional sub-patterns, keyword patterns, builtin types.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return "on the y axis at %d" % y
        case Point(x=x, y=0):
            return "on the x axis at %d" % x
        case Circle(Point(0, 0), radius=r):
            return "circle at origin r=%d" % r
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return "big circle at (%d, %d)" % (x, y)
        case Point() | Circle():
            return "some shape"
        case int(n) | float(n):
            return "number %r" % n
        case str() as s:
            return "string of length %d" % len(s)
        case _:
            return "unknown"

for s in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(0, 0), 2),
          Circle(Point(1, 2), 20), Circle(Point(1, 2), 3), 7, 2.5, "abc", [1]):
    print(where(s))
