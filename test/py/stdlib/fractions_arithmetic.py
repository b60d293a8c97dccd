# fractions.Fraction: construction from ints, floats and strings, exact arithmetic with ints and
# Fractions, float and complex fallbacks, powers, rounding, comparisons and hashing like equal
# numbers, limit_denominator and the errors.
import math
from fractions import Fraction as F

print(F(6, -4), F(3), F(), F(0.75), F("3/7"), F(" -1.25e-1 "), F("1_000.5"), F(".5"), F("7."), F(F(1, 2), F(3, 4)))
for bad in ("1/2.0", "x", "1 /2", "1__0", "", "1e", "--1"):
    try:
        F(bad)
    except ValueError as e:
        print("ValueError", e)
for call in (lambda: F(1, 0), lambda: F(1.5, 2), lambda: F([]), lambda: F(float("nan")), lambda: F(float("inf")),
             lambda: F(1, 3) / 0, lambda: F(-2, 3) / F(0), lambda: F(0) ** -1, lambda: F(1, 3) // 0, lambda: F(5) % 0,
             lambda: F.from_float("0.5"), lambda: F(2).limit_denominator(0)):
    try:
        print(call())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(2, 3)), -a, +a, abs(F(-3, 4)))
print(a + 1, 1 - a, 2 * a, 1 / a, a + 0.5, 0.5 - a, a * 1j, a ** 2, a ** -2, F(-2, 3) ** -3, F(4, 9) ** F(1, 2),
      2 ** F(3), 2 ** F(1, 2), F(9, 4) ** 0.5, (-8) ** F(1, 3) if False else "")
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2),
      math.floor(F(-7, 3)), math.ceil(F(-7, 3)), math.trunc(F(-7, 3)), int(F(-7, 3)), float(a), bool(F(0)))
print(a < 0.5, a > b, a <= F(1, 3), F(1, 2) == 0.5, F(2) == 2, F(1, 3) == 1j, F(1, 2) != F(2, 4), 0.25 < a,
      a < float("inf"), a > float("nan"), sorted([F(1, 2), 0.3, 1, F(-1, 3)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1, 3)), hash(F(1, 3)), {F(1, 2): "half"}[0.5])
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(10),
      F(1, 2).limit_denominator(1), F(0.1).limit_denominator(), F(5, 3).as_integer_ratio(), F.from_float(0.125))
print(repr(F(10 ** 20, 3)), str(F(-1, 3)), str(F(4, 2)), F(2, 4).numerator, F(2, 4).denominator, F.__add__.__name__,
      F.__radd__.__doc__, type(F(1, 2) + 1).__name__, type(a + 0.5).__name__, sum([F(1, 2), F(1, 3), F(1, 6)]))
