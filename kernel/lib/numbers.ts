/**
 * numbers: the numeric tower of PEP 3141 as abstract base classes (Number, Complex, Real,
 * Rational, Integral), with the methods each level must define, the mixin methods it derives
 * from them, and the registration of complex, float and int.
 * CPython 3.11: Lib/numbers.py; behaviour as documented for the numbers module.
 * Written for the kernel: the abstract methods are declared from one table per class instead of
 * being written out; each is a function that raises NotImplementedError, with CPython's name and
 * parameters. Docstrings are the kernel's own.
 */
export const source = String.raw`"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141."""

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _stub(params):
    # One fresh function per abstract method, with that method's parameters.
    if params == '':
        def method(self):
            raise NotImplementedError
    elif params == 'ndigits=None':
        def method(self, ndigits=None):
            raise NotImplementedError
    elif params == 'exponent, modulus=None':
        def method(self, exponent, modulus=None):
            raise NotImplementedError
    elif params == 'exponent':
        def method(self, exponent):
            raise NotImplementedError
    elif params == 'base':
        def method(self, base):
            raise NotImplementedError
    else:
        def method(self, other):
            raise NotImplementedError
    return method


def _declare_abstract(cls, table):
    """Give cls the abstract members listed in table: 'name(params)' for a method, a bare name
    for a read-only property; then recompute cls.__abstractmethods__."""
    for entry in table.split(';'):
        entry = entry.strip()
        name, paren, params = entry.partition('(')
        method = _stub(params.rstrip(')'))
        method.__name__ = name
        method.__qualname__ = cls.__qualname__ + '.' + name
        method = abstractmethod(method)
        setattr(cls, name, method if paren else property(method))
    update_abstractmethods(cls)
    return cls


class Number(metaclass=ABCMeta):
    """Root of the numeric tower: isinstance(x, Number) asks whether x is a number at all."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the builtin complex type."""
    __slots__ = ()

    def __bool__(self):
        """True for any number except zero."""
        return self != 0

    def __sub__(self, other):
        """self - other, as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as -self + other."""
        return -self + other


_declare_abstract(Complex, '''__complex__(); real; imag; __add__(other); __radd__(other);
    __neg__(); __pos__(); __mul__(other); __rmul__(other); __truediv__(other);
    __rtruediv__(other); __pow__(exponent); __rpow__(base); __abs__(); conjugate();
    __eq__(other)''')
Complex.register(complex)


class Real(Complex):
    """Complex numbers with a total order and the operations of float."""
    __slots__ = ()

    def __complex__(self):
        """complex(self), through float(self)."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self

    def __divmod__(self, other):
        """divmod(self, other) from // and %."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self) from // and %."""
        return (other // self, other % self)


_declare_abstract(Real, '''__float__(); __trunc__(); __floor__(); __ceil__();
    __round__(ndigits=None); __floordiv__(other); __rfloordiv__(other); __mod__(other);
    __rmod__(other); __lt__(other); __le__(other)''')
Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio of two integers, numerator / denominator."""
    __slots__ = ()

    def __float__(self):
        """float(self): the integer division numerator / denominator, rounded once."""
        return int(self.numerator) / int(self.denominator)


_declare_abstract(Rational, 'numerator; denominator')


class Integral(Rational):
    """Rational numbers with denominator 1, with int's bit operations and three-argument pow."""
    __slots__ = ()

    def __index__(self):
        """operator.index(self): the int value."""
        return int(self)

    def __float__(self):
        """float(self), through int(self)."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


_declare_abstract(Integral, '''__int__(); __pow__(exponent, modulus=None); __lshift__(other);
    __rlshift__(other); __rshift__(other); __rrshift__(other); __and__(other); __rand__(other);
    __xor__(other); __rxor__(other); __or__(other); __ror__(other); __invert__()''')
Integral.register(int)
del _stub, _declare_abstract
`;
