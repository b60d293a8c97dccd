# == falls back to identity, != inverts __eq__, comparisons try the reflected method, then TypeError.
class Plain:
    pass

class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  %s.__eq__" % self.name)
        return NotImplemented

    def __lt__(self, other):
        print("  %s.__lt__" % self.name)
        return NotImplemented

    def __gt__(self, other):
        print("  %s.__gt__" % self.name)
        return NotImplemented

p = Plain()
print(p == p, p == Plain(), p != Plain(), p != p)
a, b = Loud("a"), Loud("b")
print(a == b)
print(a != b)
print(a == a)
try:
    a < b
except TypeError as error:
    print("TypeError:", error)

class EqTrue:
    def __eq__(self, other):
        return "yes"

print(EqTrue() == 1, EqTrue() != 1, 1 == EqTrue())
print([1, 2] < [1, 3], (1, "a") < (1, "b"), [1] < [1, 0], "Z" < "a", (1, 2) == [1, 2])
print(1 == 1.0, 1 == True, {1: "x"} == {1.0: "x"}, None == 0)
