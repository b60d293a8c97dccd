# Unary operator methods and __index__, which lets an object act as an int for indexing, hex() and range().
class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(self.v + 1000)

    def __abs__(self):
        return abs(self.v)

    def __invert__(self):
        return "inverted %d" % self.v

    def __index__(self):
        print("  __index__")
        return self.v

    def __repr__(self):
        return "Num(%d)" % self.v


n = Num(-3)
print(-n, +n, abs(n), ~n)
two = Num(2)
print(["a", "b", "c", "d"][two], "abcdef"[two:Num(4)], hex(two), bin(Num(5)), list(range(two)))
print(two.__index__(), [0] * two)
try:
    -object()
except TypeError as error:
    print("TypeError:", error)
index = 1.0
try:
    [1, 2][index]
except TypeError as error:
    print("TypeError:", error)
print(-True, +False, ~5, ~-1, -(-0.0), +"".__len__())
