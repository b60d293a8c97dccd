# Object allocation: many small instances with __init__, attribute reads and writes, tuples.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Vec3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def main():
    total = 0
    for i in range(120000):
        p = Point(i, i + 1)
        q = Point(p.y, p.x)
        total += p.x + q.y
    vs = [Vec3(i, i * 2, i * 3) for i in range(40000)]
    s = 0
    for v in vs:
        s += v.x + v.y + v.z
    tuples = [(i, i + 1, (i, str(i))) for i in range(40000)]
    t = 0
    for a, b, (c, d) in tuples:
        t += a + b + c + len(d)
    return (total, s, t)


for _ in range(2):
    result = main()
print(*result)
