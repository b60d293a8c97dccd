# str.format: automatic and manual numbering, names, attributes, indexes, conversions, nested specs.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(3, 4)
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("ab"))
print("{name} is {age}".format(name="Ada", age=36), "{0.x},{0.y}".format(p), "{p.x}".format(p=p))
print("{0[1]} {0[key]} {1[0][1]}".format({1: "one", "key": "val"}, [[0, "nested"]]))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, "right", w=8, p=2))
print("{{literal}} {}".format("x"), "{:%}".format(0.125), "{:,}".format(1234567))
print("{0:b} {0:o} {0:x} {0:X} {0:#x} {0:c}".format(65))
print(format(12, "08.3f"), format("s", "^5"), format(-7, "+d"), format(7, " d"))
errors = [
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: "{name}".format(other=1),
    lambda: "{:d}".format("x"),
    lambda: "{".format(),
    lambda: "{0.missing}".format(p),
]
for call in errors:
    try:
        call()
    except (IndexError, KeyError, ValueError, AttributeError) as error:
        print(type(error).__name__, error)
print("{x}-{y}".format_map({"x": 1, "y": 2}))
