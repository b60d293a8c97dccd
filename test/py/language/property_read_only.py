# A property without a setter or deleter is read-only; the class attribute is the property object itself.
class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def diameter(self):
        return self.radius * 2

    area = property(lambda self: 3 * self.radius ** 2, doc="rough area")

c = Circle(2)
print(c.diameter, c.area, type(Circle.diameter).__name__, Circle.area.__doc__)
for action in ("set", "delete"):
    try:
        if action == "set":
            c.diameter = 10
        else:
            del c.area
    except AttributeError as error:
        print("AttributeError:", error)
print("not in the instance dict:", vars(c))
c.__dict__["diameter"] = "shadow attempt"
print("a data descriptor wins over the instance dict:", c.diameter)
print(Circle.diameter.fset, Circle.diameter.fdel, Circle.diameter.fget.__name__)
