# += uses __iadd__ when defined (same object), else __add__ (new object); list += accepts any iterable.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + other.items)

class MutableBag(Bag):
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self

b = Bag([1])
before = b
b += Bag([2])
print(b.items, b is before)
m = MutableBag([1])
before = m
m += Bag([2])
print(m.items, m is before)
lst = [1]
alias = lst
lst += (2, 3)
lst += "ab"
print(lst, lst is alias)
try:
    lst = lst + (4,)
except TypeError as error:
    print("TypeError:", error)
