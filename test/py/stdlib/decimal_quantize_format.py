# Decimal.quantize, round(), integral rounding and format specifications.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation
import math

price = Decimal("2.675")
print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
      price.quantize(Decimal("1e1")), Decimal("7.325").quantize(Decimal(".01"), ROUND_DOWN))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-0.5")), round(Decimal("1234.5678"), 2),
      round(Decimal("1234.5678"), -2), math.floor(Decimal("-2.5")), math.ceil(Decimal("-2.5")), int(Decimal("-7.9")))
print(Decimal("12.5").to_integral_value(), Decimal("13.5").to_integral_value(ROUND_CEILING),
      Decimal("120.00").normalize(), Decimal("0.00").normalize(), Decimal("1.2e3").normalize())
try:
    Decimal("123.456").quantize(Decimal("1e-30"))
except InvalidOperation as error:
    print("InvalidOperation", error)
values = [Decimal(x) for x in ("1234.5678", "-0.000012345", "1E+5", "0", "-0", "Infinity", "NaN", "9.9999")]
for spec in ("", "f", ".2f", ".3e", "g", ".3g", "%", ",.2f", ">12.2f", "+.1f", "010.3f", "^+15,.3e", "*<9", "z.1f",
             ".0f", "E", "n"):
    print(repr(spec), [format(v, spec) for v in values])
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.125'):.1%} {Decimal('-3.14159'):8.3f}|", "%s %r" % ((Decimal("1.10"),) * 2))
for spec in ("#.2f", "_", "d", ".2x"):
    try:
        format(Decimal("1.5"), spec)
    except ValueError as error:
        print(repr(spec), "ValueError", error)
