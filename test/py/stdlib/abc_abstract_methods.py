# abc: abstract methods block instantiation until overridden; the TypeError lists the missing names.
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Half(Shape):
    def area(self):
        return 1

class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as error:
        print("TypeError:", error)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__))
print(sorted(Half.__abstractmethods__), Square.__abstractmethods__)
