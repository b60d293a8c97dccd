# fractions.Fraction construction, arithmetic, hashing, rounding, limit_denominator; numbers ABCs.
from fractions import Fraction as F
import numbers
import math

for g in [lambda: F('1.5'), lambda: F(' -3/4 '), lambda: F('1e-3'), lambda: F('1_000'), lambda: F('x'), lambda: F('1/0'),
          lambda: F(1, 0), lambda: F(1.5, 2), lambda: F([]), lambda: F(float('nan')), lambda: F(float('inf')),
          lambda: F(1, 3) + 1, lambda: F(1, 3) + 0.5, lambda: 1 - F(1, 3), lambda: F(1, 3) ** 2, lambda: F(4, 9) ** F(1, 2),
          lambda: F(1, 3) ** -2, lambda: 2 ** F(1, 2), lambda: F(7, 2) // F(1, 3), lambda: F(7, 2) % F(1, 3),
          lambda: divmod(F(7, 2), 2), lambda: round(F(7, 2)), lambda: round(F(5, 2)), lambda: round(F(1234, 100), 1),
          lambda: round(F(1234, 1), -2), lambda: hash(F(1, 2)) == hash(0.5), lambda: hash(F(3)), lambda: hash(F(1, 3)),
          lambda: hash(F(-7, 5)), lambda: F(1, 3) < 0.5, lambda: F(1, 2) == 0.5, lambda: F(1, 3) == 1j, lambda: float(F(1, 3)),
          lambda: int(F(-7, 2)), lambda: F(1, 3).limit_denominator(0), lambda: F(3.141592653589793).limit_denominator(1000),
          lambda: F(3.141592653589793).limit_denominator(10), lambda: F(0.1).limit_denominator(100),
          lambda: F(1, 3).as_integer_ratio(), lambda: F.from_float(0.25), lambda: F(1, 3) + 1j, lambda: abs(F(-1, 3)),
          lambda: -F(1, 3), lambda: F(2, 4).numerator, lambda: bool(F(0)), lambda: F(1, -2), lambda: type(F(1, 2)),
          lambda: isinstance(F(1), numbers.Rational), lambda: F(F(1, 2), F(1, 3)), lambda: F(1, 3) * 3,
          lambda: F(1, 3) / 0, lambda: F('1.'), lambda: F('.5'), lambda: F('1/2.0'), lambda: F(1, 2.0),
          lambda: F(10 ** 20, 3), lambda: 0.5 < F(1, 3), lambda: F(1, 3) > float('nan'), lambda: math.floor(F(-1, 3)),
          lambda: math.ceil(F(-1, 3)), lambda: math.trunc(F(-7, 3)), lambda: str(F(3)), lambda: str(F(-1, 3)),
          lambda: F('-1.5e2'), lambda: F('1__0'), lambda: F('+.5e-1'), lambda: sum([F(1, 2), F(1, 3), F(1, 6)]),
          lambda: sorted([F(1, 2), 0.3, 1, F(-1, 3)]), lambda: isinstance(1, numbers.Integral),
          lambda: isinstance(1.5, numbers.Rational), lambda: isinstance(1.5, numbers.Real),
          lambda: isinstance(1j, numbers.Complex), lambda: issubclass(bool, numbers.Number), lambda: F(5) == 5,
          lambda: {F(1, 2): 'half'}[0.5], lambda: F(3, 4) ** 0.5, lambda: 2 ** F(-1), lambda: F(-8, 27) ** F(1, 3)]:
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__, e)
print(numbers.__all__, type(F).__name__, F.__mro__)
