# Method calls: bound methods, inheritance, super(), properties, classmethods, staticmethods.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.area() + 1


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, s):
        return cls(s, s)

    @staticmethod
    def unit():
        return 1


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, k):
        self.n += k
        return self


def main():
    r = Rect(3, 4)
    total = 0
    c = Counter()
    for i in range(100000):
        total += r.area() + r.describe() + r.perimeter + Rect.unit()
        c.inc(1).inc(2)
    sq = 0
    for i in range(30000):
        sq += Rect.square(i % 10).area()
    return (total, c.n, sq)


for _ in range(4):
    result = main()
print(*result)
