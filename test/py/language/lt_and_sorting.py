# sort() and sorted() only use <; a missing __lt__ falls back to the reflected __gt__ of the other side.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        print("  %s < %s" % (self.text, other.text))
        return self.parts < other.parts

    def __repr__(self):
        return "V" + self.text

print(sorted([Version("1.10"), Version("1.2"), Version("0.9")]))

class OnlyGt:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

    def __repr__(self):
        return "G%d" % self.n

print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(max([OnlyGt(3), OnlyGt(5), OnlyGt(2)]), min(OnlyGt(4), OnlyGt(1)))
try:
    sorted([object(), object()])
except TypeError as error:
    print("TypeError:", error)
try:
    sorted([1, "2"])
except TypeError as error:
    print("TypeError:", error)
try:
    Version("1") <= Version("2")
except TypeError as error:
    print("TypeError:", error)
