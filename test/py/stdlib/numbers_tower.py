# numbers: the numeric tower of abstract base classes. Where the builtin types sit in it,
# what each level requires (instantiating an incomplete subclass names the missing methods),
# the methods a level derives from the required ones, and register() for outside types.
import numbers
from fractions import Fraction

tower = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for value in (True, 7, 2.5, 1j, Fraction(1, 3)):
    print(type(value).__name__, [level.__name__ for level in tower if isinstance(value, level)])
print([len(level.__abstractmethods__) for level in tower], numbers.Number.__hash__)
for level in tower[1:]:
    try:
        level()
    except TypeError as error:
        print(str(error)[:70])


class Meters(numbers.Real):
    """A length: a float with a unit, implementing only what Real requires."""

    def __init__(self, value):
        self.value = float(value)

    def __repr__(self):
        return "Meters(%r)" % self.value

    def __float__(self): return self.value
    def __trunc__(self): return int(self.value)
    def __floor__(self): return int(self.value // 1)
    def __ceil__(self): return -int(-self.value // 1)
    def __round__(self, ndigits=None): return round(self.value, ndigits)
    def __floordiv__(self, other): return Meters(self.value // float(other))
    def __rfloordiv__(self, other): return Meters(float(other) // self.value)
    def __mod__(self, other): return Meters(self.value % float(other))
    def __rmod__(self, other): return Meters(float(other) % self.value)
    def __lt__(self, other): return self.value < float(other)
    def __le__(self, other): return self.value <= float(other)
    def __add__(self, other): return Meters(self.value + float(other))
    def __radd__(self, other): return Meters(float(other) + self.value)
    def __neg__(self): return Meters(-self.value)
    def __pos__(self): return Meters(self.value)
    def __mul__(self, other): return Meters(self.value * float(other))
    def __rmul__(self, other): return Meters(float(other) * self.value)
    def __truediv__(self, other): return Meters(self.value / float(other))
    def __rtruediv__(self, other): return Meters(float(other) / self.value)
    def __pow__(self, exponent): return Meters(self.value ** exponent)
    def __rpow__(self, base): return base ** self.value
    def __abs__(self): return Meters(abs(self.value))
    def __eq__(self, other): return self.value == float(other)


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), complex(m), m.real, m.imag, m.conjugate(), bool(Meters(0)), bool(m))
print(isinstance(m, numbers.Complex), issubclass(Meters, numbers.Rational), Meters.__abstractmethods__)


class Tally:
    def __init__(self, count):
        self.count = count


numbers.Integral.register(Tally)
print(isinstance(Tally(3), numbers.Number), isinstance(Tally(3), numbers.Rational), issubclass(Tally, numbers.Real))
print(numbers.Integral.numerator.__get__(5), numbers.Integral.denominator.__get__(5), numbers.Integral.__index__(True))
print(numbers.Rational.__float__(Fraction(1, 8)), numbers.__all__)
try:
    numbers.Complex.__add__(1, 2)
except NotImplementedError as error:
    print("NotImplementedError", repr(error))
