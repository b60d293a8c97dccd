# match: literal, capture, wildcard, value (dotted name) and singleton patterns, first match wins.
class Color:
    RED = "red"
    GREEN = "green"


def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case Color.RED:
            return "the colour red"
        case None:
            return "nothing"
        case True:
            return "true"
        case -1.5:
            return "negative one and a half"
        case b"raw":
            return "bytes"
        case other if isinstance(other, int) and other < 0:
            return "negative int %d" % other
        case _:
            return "something else: %r" % (value,)


for v in (0, 2, "hello", "red", "green", None, True, 1.0, -1.5, b"raw", -7, False, [0]):
    print(repr(v), "->", describe(v))
match 42:
    case x:
        print("capture binds:", x)
match "unmatched":
    case "a":
        pass
print("no case matched, no error")
