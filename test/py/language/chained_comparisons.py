# Chained comparisons evaluate each middle operand once and stop at the first false link.
def v(label, value):
    print("  eval", label)
    return value


print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 1) == v("b", 1) != v("c", 2) is not None)
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x <= 5, 0 < x < 3, x == 5 == 5.0)
print(1 < 2 > 1 < 2, "a" < "b" < "c", [] == [] is not None, 1 in [1] in [[1]])
print((1 < 2) < 3, 1 < (2 < 3), not 1 == 2, (not 1) == 2)
a = b = c = 0
print(a == b == c, a is b is c)
