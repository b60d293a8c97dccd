# fractions.Fraction and decimal.Decimal: exact arithmetic, rounding modes, context precision.
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, localcontext

a, b = Fraction(1, 3), Fraction("2/6")
print(a, a == b, a + Fraction(1, 6), a * 3, Fraction(0.5), Fraction(0.1), Fraction(0.1).limit_denominator(100))
print(Fraction(3, -6), Fraction(7, 2).numerator, float(Fraction(1, 8)), Fraction(5, 2) // 1, round(Fraction(5, 2)))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 2, Decimal("10") / Decimal("4"))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(getcontext().prec, Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(Decimal("1.30") == Decimal("1.3"), str(Decimal("1.30")), Decimal("-0"), Decimal("1e3"), Decimal("nan").is_nan())
try:
    Fraction(1, 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
try:
    Decimal("abc")
except Exception as error:
    print(type(error).__name__)
