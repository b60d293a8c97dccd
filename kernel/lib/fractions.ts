/**
 * fractions: rational numbers.
 * Implements: Fraction from ints, Rationals, floats, Decimals and strings ("3/4", "-1.5e2",
 * underscores between digits), from_float, from_decimal, limit_denominator,
 * as_integer_ratio, arithmetic with ints and Fractions (exact), floats and complex numbers
 * (through float/complex), //, %, divmod, ** (exact for integral exponents), comparisons,
 * rounding, hashing equal to the hash of equal ints and floats, CPython's errors and reprs.
 * NON-CPYTHON: written for the kernel, which has no re module: string literals are parsed by
 * hand. Decimal arguments are recognised only once the decimal module has been imported
 * (fractions does not import it). The arithmetic operators are made by one factory, whose
 * functions carry CPython's names and docstrings.
 */
export const source = String.raw`"""Fraction, infinite-precision, rational numbers."""

import math
import numbers
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


### Parsing "[sign] digits [/ digits | [. digits] [e exp]]"

def _digit_run(text, pos):
    # The end of a run of decimal digits, groups separated by single underscores.
    end = pos
    while end < len(text) and text[end].isdecimal():
        end += 1
    if end == pos:
        return pos
    while end + 1 < len(text) and text[end] == '_' and text[end + 1].isdecimal():
        end += 2
        while end < len(text) and text[end].isdecimal():
            end += 1
    return end


def _parse(literal):
    """(numerator, denominator) for a Fraction literal; ValueError when it is not one."""
    text = literal.strip()
    pos = 0
    negative = text[:1] == '-'
    if text[:1] in ('-', '+'):
        pos = 1
    if not (text[pos:pos + 1].isdecimal() or (text[pos:pos + 1] == '.' and text[pos + 1:pos + 2].isdecimal())):
        return None
    end = _digit_run(text, pos)
    numerator = int(text[pos:end] or '0')
    denominator = 1
    pos = end
    if text[pos:pos + 1] == '/':
        end = _digit_run(text, pos + 1)
        if end == pos + 1:
            return None
        denominator = int(text[pos + 1:end])
        pos = end
    else:
        if text[pos:pos + 1] == '.':
            end = _digit_run(text, pos + 1)
            decimals = text[pos + 1:end].replace('_', '')
            if decimals:
                scale = 10 ** len(decimals)
                numerator = numerator * scale + int(decimals)
                denominator *= scale
            pos = end
        if text[pos:pos + 1] in ('e', 'E'):
            start = pos + 1
            if text[start:start + 1] in ('-', '+'):
                start += 1
            end = _digit_run(text, start)
            if end > start:
                exponent = int(text[pos + 1:end])
                if exponent >= 0:
                    numerator *= 10 ** exponent
                else:
                    denominator *= 10 ** -exponent
                pos = end
    if pos != len(text):
        return None
    return (-numerator if negative else numerator), denominator


def _is_decimal(value):
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(value, decimal.Decimal)


### Exact arithmetic on (numerator, denominator) pairs

def _sum(a, b, sign):
    return Fraction(a.numerator * b.denominator + sign * b.numerator * a.denominator, a.denominator * b.denominator)


def _add(a, b):
    """a + b"""
    return _sum(a, b, 1)


def _sub(a, b):
    """a - b"""
    return _sum(a, b, -1)


def _mul(a, b):
    """a * b"""
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _div(a, b):
    """a / b"""
    if b.numerator == 0:
        # CPython divides a's numerator by its gcd with 0 first: the message shows its sign.
        raise ZeroDivisionError('Fraction(%s, 0)' % ((a.numerator > 0) - (a.numerator < 0)))
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)


def _floordiv(a, b):
    """a // b"""
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _divmod(a, b):
    """(a // b, a % b)"""
    shared = a.denominator * b.denominator
    quotient, rest = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
    return quotient, Fraction(rest, shared)


def _mod(a, b):
    """a % b"""
    shared = a.denominator * b.denominator
    return Fraction((a.numerator * b.denominator) % (b.numerator * a.denominator), shared)


def _operators(exact, inexact, name):
    """The forward and reflected operator methods for one operation: exact on ints and
    Fractions (Rationals when reflected), through float or complex otherwise."""
    def forward(a, b):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__%s__' % name
    reverse.__name__ = '__r%s__' % name
    forward.__qualname__ = 'Fraction.' + forward.__name__
    reverse.__qualname__ = 'Fraction.' + reverse.__name__
    forward.__doc__ = reverse.__doc__ = exact.__doc__
    return forward, reverse


def _compare(test):
    def compare(a, b):
        if isinstance(b, numbers.Rational):
            return test(a.numerator * b.denominator, a.denominator * b.numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Any finite value compares as 0.0 does.
                return test(0.0, b)
            return test(a, a.from_float(b))
        return NotImplemented
    return compare


class Fraction(numbers.Rational):
    """Rational numbers: Fraction(numerator=0, denominator=1), also from a string, a float, a Decimal or a Rational."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Constructs a Rational."""
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator, self._denominator = numerator.numerator, numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            numerator, denominator = parsed
        elif type(numerator) is not int or type(denominator) is not int:
            if not (isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational)):
                raise TypeError("both arguments should be Rational instances")
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            common = math.gcd(numerator, denominator)
            if denominator < 0:
                common = -common
            numerator //= common
            denominator //= common
        self._numerator, self._denominator = numerator, denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple (the denominator is positive)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Continued-fraction convergents lo/hi of self, up to the last one within the bound;
        # then the best semiconvergent beyond it. The closer of the two wins (the convergent
        # on a tie).
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            term = n // d
            q_next = q_prev + term * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + term * p, q_next
            n, d = d, n - term * d
        steps = (max_denominator - q_prev) // q
        convergent = Fraction(p, q, _normalize=False)
        semi = Fraction(p_prev + steps * p, q_prev + steps * q, _normalize=False)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    __add__, __radd__ = _operators(_add, lambda x, y: x + y, 'add')
    __sub__, __rsub__ = _operators(_sub, lambda x, y: x - y, 'sub')
    __mul__, __rmul__ = _operators(_mul, lambda x, y: x * y, 'mul')
    __truediv__, __rtruediv__ = _operators(_div, lambda x, y: x / y, 'truediv')
    __floordiv__, __rfloordiv__ = _operators(_floordiv, lambda x, y: x // y, 'floordiv')
    __divmod__, __rdivmod__ = _operators(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _operators(_mod, lambda x, y: x % y, 'mod')

    def __pow__(a, b):
        """a ** b: exact for an integral b, a float or complex otherwise."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            # A fractional power is generally irrational.
            return float(a) ** float(b)
        power = b.numerator
        top, bottom = a._numerator, a._denominator
        if power < 0:
            # The reciprocal, its sign on the numerator.
            top, bottom, power = bottom, top, -power
            if bottom < 0:
                top, bottom = -top, -bottom
        return Fraction(top ** power, bottom ** power, _normalize=False)

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # An int stays an int when it can.
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __float__(a):
        """float(self) = self.numerator / self.denominator"""
        return int(a._numerator) / int(a._denominator)

    def __int__(a):
        """int(a)"""
        magnitude = abs(a._numerator) // a._denominator
        return -magnitude if a._numerator < 0 else magnitude

    def __trunc__(a):
        """math.trunc(a)"""
        magnitude = abs(a._numerator) // a._denominator
        return -magnitude if a._numerator < 0 else magnitude

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): rounds half toward even."""
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = 2 * rest
            if twice < self._denominator or (twice == self._denominator and whole % 2 == 0):
                return whole
            return whole + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        # The hash of an equal int or float: numerator / denominator modulo the prime
        # sys.hash_info.modulus, or inf when the denominator has no inverse modulo it.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isnan(b) or math.isinf(b):
            return 0.0 == b
        return a == a.from_float(b)

    __lt__ = _compare(lambda x, y: x < y)
    __gt__ = _compare(lambda x, y: x > y)
    __le__ = _compare(lambda x, y: x <= y)
    __ge__ = _compare(lambda x, y: x >= y)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


for _name, _doc in (('__lt__', 'a < b'), ('__gt__', 'a > b'), ('__le__', 'a <= b'), ('__ge__', 'a >= b')):
    _method = Fraction.__dict__[_name]
    _method.__name__, _method.__qualname__, _method.__doc__ = _name, 'Fraction.' + _name, _doc
del _name, _doc, _method
`;
