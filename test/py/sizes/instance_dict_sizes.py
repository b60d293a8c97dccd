# Instance __dict__ sizes: key-sharing dicts of one class stay small; diverging attribute order splits them.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, i) for i in range(3)]
print("shared-key __dict__ of 3 instances:", [sys.getsizeof(p.__dict__) for p in pts])
pts[0].z = 1
print("after a third attribute on one:", sys.getsizeof(pts[0].__dict__), sys.getsizeof(pts[1].__dict__))


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


for n in (0, 1, 5, 6, 10, 11, 20, 30, 31):
    print("instance with %2d attributes: __dict__ %d" % (n, sys.getsizeof(Wide(n).__dict__)))


class Ordered:
    pass


o1, o2 = Ordered(), Ordered()
o1.a, o1.b = 1, 2
o2.b, o2.a = 2, 1
print("same attributes, different order:", sys.getsizeof(o1.__dict__), sys.getsizeof(o2.__dict__))
print("instance object itself:", sys.getsizeof(o1), sys.getsizeof(Point(0, 0)))
