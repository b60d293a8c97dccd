# Decimal functions: integer and real powers, sqrt, exp, ln, log10, integer division, and mixing with other numbers.
from decimal import Decimal, localcontext
from fractions import Fraction

print(Decimal(2).sqrt(), Decimal("0.0400").sqrt(), Decimal("1E+4").sqrt(), Decimal(1).exp(), Decimal(10).ln(),
      Decimal(1000).log10(), Decimal(2).log10())
print(Decimal("1.1") ** 100, Decimal(2) ** -2, Decimal("2.0") ** 2, Decimal(7) ** -3, Decimal(4) ** Decimal("0.5"),
      Decimal(2) ** Decimal("1.5"), Decimal("-8") ** 3, pow(Decimal(3), 4, 5))
with localcontext(prec=1) as ctx:
    print(Decimal("1E+4") ** Decimal("0.5"), Decimal(12345).sqrt(), Decimal("9.6").exp())
print(Decimal(-10) // 3, Decimal(-10) % 3, divmod(Decimal(-10), 3), Decimal(7).remainder_near(2),
      Decimal(10) / Decimal("0.3"))
print(Decimal("1.5") + 2, 3 * Decimal("0.1"), 10 / Decimal(4), 2 ** Decimal(10), -Decimal("0"), abs(Decimal("-0.00")))
print(Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal("0.5") == Fraction(1, 2), Decimal("0.5") < Fraction(2, 3),
      sorted([Decimal("1.5"), 1, Decimal("-2"), 0.5]), hash(Decimal("0.5")) == hash(0.5), hash(Decimal(7)) == hash(7))
print(Decimal("1.5").as_integer_ratio(), float(Decimal("1.1")), complex(Decimal("2.5")), sum([Decimal("0.1")] * 10))
print(Decimal("1").max(Decimal("NaN")), Decimal("-1").max(Decimal("-1.0")), Decimal("1.5").compare(2),
      Decimal(1).next_plus(), Decimal("12.5").logb(), Decimal("1.5").scaleb(3), Decimal(-1.5).number_class())
