# Instance attribute reads and writes in loops (LOAD_ATTR/STORE_ATTR's instance-value caches)
# and method loads (LOAD_METHOD's cache): what is seen after the class changes, the instance's
# __dict__ is asked for, its class is reassigned, a method is shadowed by an instance
# attribute, and reference counts of stored values.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x, self.y)

class Other:
    def norm(self):
        return "other"

def read_all(points):
    return [(p.x, p.y, p.norm()) for p in points]

pts = [Point(i, 2 * i) for i in range(4)]
print(read_all(pts))
Point.x = property(lambda self: "property")
print(read_all(pts))
del Point.x
print(read_all(pts))
pts[1].__dict__["y"] = "via dict"
print(read_all(pts))
pts[2].norm = lambda: "instance attribute"
print(read_all(pts))
Point.norm = lambda self: "replaced"
print(read_all(pts))
pts[3].__class__ = Other
print([p.norm() for p in pts])
del pts[0].x
try:
    read_all(pts[:1])
except AttributeError as e:
    print("AttributeError:", e)

value = ["payload"]
holder = Point(0, 0)
for _ in range(3):
    holder.x = value
print("stored value refcount:", sys.getrefcount(value))
holder.x = None
print("after overwrite:", sys.getrefcount(value))

class Logged:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "missing " + name

objs = [Logged() for _ in range(3)]
print([o.a for o in objs], [o.b for o in objs])
Logged.__getattribute__ = lambda self, name: "intercepted " + name
print([o.a for o in objs])
