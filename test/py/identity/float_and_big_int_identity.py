# Floats and big ints are never cached at run time; equal constants in one script are one object.
def make(text):
    return float(text)


a = make("2.5")
b = make("2.5")
c = 2.5
d = 2.5
print("two float('2.5') results:", a is b, a == b, " two 2.5 constants:", c is d)
x = 10 ** 30
y = int("1" + "0" * 30)
print("big int constant vs parsed:", x is y, x == y)
nan = float("nan")
items = [nan]
print("nan in [nan] (identity first):", nan in items, " nan == nan:", nan == nan, " [nan] == [nan]:", items == [nan])
other_nan = float("nan")
print("a different nan object:", other_nan in items, items.count(nan), items.index(nan))
z1 = 0.0
z2 = -0.0
print("0.0 and -0.0 constants stay distinct:", z1 is z2, z1 == z2)
total = 0.0
for _ in range(3):
    total += 0.5
one_and_half = 1.5
print("accumulated float vs constant 1.5:", total is one_and_half, total == one_and_half)
big = 2 ** 70
print("big int plus zero is a new object:", big + 0 is big, " big * 1:", big * 1 is big, " +big:", +big is big)
print("int(big) returns it:", int(big) is big, " float(f) returns it:", float(c) is c)
