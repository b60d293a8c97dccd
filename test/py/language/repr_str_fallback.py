# str() and format() fall back to __repr__, but repr() never falls back to __str__; containers use repr.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "OnlyStr as str"

    def __repr__(self):
        return "OnlyStr()"


class Both:
    def __str__(self):
        return "both-str"

    def __repr__(self):
        return "both-repr"

    def __format__(self, spec):
        return "formatted[" + spec + "]"


r, s, b = OnlyRepr(), OnlyStr(), Both()
print(str(r), repr(r), format(r), f"{r}")
print(str(s), repr(s), f"{s!r}", [s], (s,), {"k": s})
print(b, f"{b}", f"{b:>10}", f"{b!s}", f"{b!r}", "%s %r" % (b, b))
print("{} {!r} {:xyz}".format(b, b, b))
try:
    format(r, ">10")
except TypeError as error:
    print("TypeError:", error)
print(repr("quote's"), str(3.0), repr(3.0), str([1.5, "a"]))
