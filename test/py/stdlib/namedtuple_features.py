# collections.namedtuple: fields, defaults, _replace, _asdict, _make, tuple behaviour and errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p), Point._fields)
x, y = p
print(x + y, p._replace(x=10), p._asdict(), Point._make([5, 6]), hash(p) == hash((1, 2)))
Conf = namedtuple("Conf", "host port debug", defaults=[8080, False])
print(Conf("localhost"), Conf._field_defaults, Conf("h", 1, True).debug)
print(isinstance(p, tuple), type(p).__name__, Point.__doc__, p.count(1), p.index(2))
try:
    p.x = 5
except AttributeError as error:
    print("AttributeError:", error)
try:
    Point(1)
except TypeError as error:
    print("TypeError:", error)
try:
    namedtuple("Bad", ["ok", "def"])
except ValueError as error:
    print("ValueError:", error)
Renamed = namedtuple("Renamed", ["a", "a", "1x"], rename=True)
print(Renamed._fields, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
