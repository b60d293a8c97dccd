/**
 * decimal: decimal fixed-point and floating-point arithmetic (Decimal, Context, the signals).
 * CPython 3.11: Modules/_decimal/_decimal.c over libmpdec (the behaviour, messages and reprs
 * of the C module that `import decimal` loads), written from the General Decimal Arithmetic
 * Specification: each operation computes its exact result and rounds it once to the context;
 * exp, ln and log10 are correctly rounded (Ziv's strategy), and powers follow libmpdec's
 * mpd_qpow (binary exponentiation, or exp(y * ln(x)), at a higher working precision).
 * NON-CPYTHON: Decimal and Context are Python classes here, not C types: their instances are
 * objects with slots. Decimal is untracked as CPython's is (kernel/lib/index.ts
 * libCTypesWithoutGc) and reports CPython's size; Context is tracked (CPython's is not, but a
 * Context holds dicts that could form cycles here). As for C types, their tp_name is
 * `decimal.Decimal` and exceptions passing through the module gain no traceback entries
 * (kernel/lib/index.ts libCModules).
 */
export const source = String.raw`"""Decimal fixed-point and floating-point arithmetic.

An implementation of the General Decimal Arithmetic Specification
(https://speleotrove.com/decimal/decarith.html): numbers are a sign, an integer
coefficient and an exponent; every operation computes its exact result and then
rounds it to the context's precision with the context's rounding mode, raising
the conditions the specification names as flags (and as exceptions when trapped).
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

__all__ = [
    'Decimal', 'Context',
    'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation',
    'DivisionImpossible', 'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

# Limits of a 64-bit build.
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------
# Conditions and signals
# ---------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    """Base class for the conditions of decimal arithmetic."""


class Clamped(DecimalException):
    """The exponent of a result was altered to fit the representation."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """A string was converted that is not a valid number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """The integer quotient of a division has too many digits."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were discarded while rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Digits were discarded while rounding (possibly only zeros)."""


class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent is too large to be represented."""


class Underflow(Inexact, Rounded, Subnormal):
    """The result is subnormal and inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# Condition bits, one per condition of the specification (libmpdec's numbering).
_CLAMPED = 0x0001
_CONVERSION_SYNTAX = 0x0002
_DIVISION_BY_ZERO = 0x0004
_DIVISION_IMPOSSIBLE = 0x0008
_DIVISION_UNDEFINED = 0x0010
_FPU_ERROR = 0x0020
_INEXACT = 0x0040
_INVALID_CONTEXT = 0x0080
_INVALID_OPERATION = 0x0100
_MALLOC_ERROR = 0x0200
_FLOAT_OPERATION = 0x0400
_OVERFLOW = 0x0800
_ROUNDED = 0x1000
_SUBNORMAL = 0x2000
_UNDERFLOW = 0x4000
# Every condition that the InvalidOperation signal stands for.
_IEEE_INVALID = (_CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE | _DIVISION_UNDEFINED | _FPU_ERROR |
                 _INVALID_CONTEXT | _INVALID_OPERATION | _MALLOC_ERROR)

# The signals (the keys of Context.flags and Context.traps), in their order.
_SIGNALS = (
    (InvalidOperation, _IEEE_INVALID),
    (FloatOperation, _FLOAT_OPERATION),
    (DivisionByZero, _DIVISION_BY_ZERO),
    (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT),
    (Rounded, _ROUNDED),
    (Clamped, _CLAMPED),
)
# The invalid-operation conditions, as named in the list a trapped signal carries.
_CONDITIONS = (
    (InvalidOperation, _INVALID_OPERATION),
    (ConversionSyntax, _CONVERSION_SYNTAX),
    (DivisionImpossible, _DIVISION_IMPOSSIBLE),
    (DivisionUndefined, _DIVISION_UNDEFINED),
    (InvalidContext, _INVALID_CONTEXT),
    (InvalidOperation, _MALLOC_ERROR),
)
# Names of the bits in the order a context's repr lists them (InvalidOperation once).
_BIT_NAMES = ('Clamped', 'InvalidOperation', 'DivisionByZero', 'InvalidOperation',
              'InvalidOperation', 'InvalidOperation', 'Inexact', 'InvalidOperation',
              'InvalidOperation', 'InvalidOperation', 'FloatOperation', 'Overflow',
              'Rounded', 'Subnormal', 'Underflow')

_INVALID_SIGNALS_MESSAGE = ('valid values for signals are:\n'
                            '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                            '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                            '   Clamped]')


def _signal_bits(signal):
    for cls, bits in _SIGNALS:
        if cls is signal:
            return bits
    raise KeyError(_INVALID_SIGNALS_MESSAGE)


def _bits_as_list(bits):
    """The classes a trapped condition set is reported with."""
    found = [cls for cls, b in _CONDITIONS if bits & b]
    found += [cls for cls, b in _SIGNALS[1:] if bits & b]
    return found


def _bits_as_exception(bits):
    for cls, b in _SIGNALS:
        if bits & b:
            return cls
    return InvalidOperation


def _bits_repr(bits):
    names = []
    invalid_done = False
    for j, name in enumerate(_BIT_NAMES):
        if bits & (1 << j):
            if (1 << j) & _IEEE_INVALID:
                if invalid_done:
                    continue
                invalid_done = True
            names.append(name)
    return '[' + ', '.join(names) + ']'


# ---------------------------------------------------------------------------
# Signal dictionaries: Context.flags and Context.traps
# ---------------------------------------------------------------------------

class SignalDictMixin:
    """A live view of a context's flags or traps, keyed by signal class."""

    __slots__ = ('_context', '_traps')

    def __init__(self, *args, **kwargs):
        raise TypeError('cannot create SignalDict instances directly')

    def _bits(self):
        return self._context._traps if self._traps else self._context._flags

    def _set_bits(self, bits):
        if self._traps:
            object.__setattr__(self._context, '_traps', bits)
        else:
            object.__setattr__(self._context, '_flags', bits)

    def __getitem__(self, key):
        return bool(self._bits() & _signal_bits(key))

    def __setitem__(self, key, value):
        bits = _signal_bits(key)
        if value:
            self._set_bits(self._bits() | bits)
        else:
            self._set_bits(self._bits() & ~bits)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([cls for cls, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __repr__(self):
        bits = self._bits()
        items = ["<class '%s.%s'>:%s" % (cls.__module__, cls.__name__, bool(bits & b))
                 for cls, b in _SIGNALS]
        return '{' + ', '.join(items) + '}'

    def copy(self):
        bits = self._bits()
        return {cls: bool(bits & b) for cls, b in _SIGNALS}


class SignalDict(SignalDictMixin, _MutableMapping):
    __slots__ = ()


def _signal_dict(context, traps):
    d = object.__new__(SignalDict)
    object.__setattr__(d, '_context', context)
    object.__setattr__(d, '_traps', traps)
    return d


# ---------------------------------------------------------------------------
# Context
# ---------------------------------------------------------------------------

_CONTEXT_ATTRS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


def _signals_as_bits(value):
    """A list of signals or a signal dict as condition bits (Context(flags=..., traps=...))."""
    if isinstance(value, dict) or isinstance(value, SignalDictMixin):
        if len(value) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        bits = 0
        for key in value:
            b = _signal_bits(key)
            if value[key]:
                bits |= b
        return bits
    bits = 0
    for signal in value:
        bits |= _signal_bits(signal)
    return bits


class Context(object):
    """The environment of an arithmetic operation: precision, rounding, exponent
    limits, and the flags and traps of the signals."""

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        template = DefaultContext if _default_context_ready else None
        set_ = object.__setattr__
        if template is not None:
            set_(self, '_prec', template._prec)
            set_(self, '_rounding', template._rounding)
            set_(self, '_Emin', template._Emin)
            set_(self, '_Emax', template._Emax)
            set_(self, '_capitals', template._capitals)
            set_(self, '_clamp', template._clamp)
            set_(self, '_traps', template._traps)
        else:
            set_(self, '_prec', 28)
            set_(self, '_rounding', ROUND_HALF_EVEN)
            set_(self, '_Emin', -999999)
            set_(self, '_Emax', 999999)
            set_(self, '_capitals', 1)
            set_(self, '_clamp', 0)
            set_(self, '_traps', _IEEE_INVALID | _DIVISION_BY_ZERO | _OVERFLOW)
        set_(self, '_flags', 0)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            set_(self, '_traps', _signals_as_bits(traps))
        if flags is not None:
            set_(self, '_flags', _signals_as_bits(flags))

    # -- attributes ---------------------------------------------------------

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        object.__setattr__(self, '_prec', value)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        object.__setattr__(self, '_rounding', _ROUNDINGS[_ROUNDINGS.index(value)])

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        object.__setattr__(self, '_Emin', value)

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, '_Emax', value)

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        object.__setattr__(self, '_capitals', value)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        object.__setattr__(self, '_clamp', value)

    @property
    def flags(self):
        return _signal_dict(self, False)

    @flags.setter
    def flags(self, value):
        object.__setattr__(self, '_flags', _signals_as_bits(value))

    @property
    def traps(self):
        return _signal_dict(self, True)

    @traps.setter
    def traps(self, value):
        object.__setattr__(self, '_traps', _signals_as_bits(value))

    def __setattr__(self, name, value):
        if name in _CONTEXT_ATTRS:
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        if name in _CONTEXT_ATTRS:
            raise AttributeError('context attributes cannot be deleted')
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    # -- signalling ---------------------------------------------------------

    def _add_status(self, bits):
        """Raise the conditions in bits: set their flags, and raise the first trapped one."""
        if not bits:
            return
        object.__setattr__(self, '_flags', self._flags | bits)
        trapped = bits & self._traps
        if trapped:
            raise _bits_as_exception(trapped)(_bits_as_list(trapped))

    # -- general methods ----------------------------------------------------

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                   _bits_repr(self._flags), _bits_repr(self._traps)))

    def copy(self):
        c = object.__new__(Context)
        for name in Context.__slots__:
            object.__setattr__(c, name, getattr(self, name))
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = [cls for cls, b in _SIGNALS if self._flags & b]
        traps = [cls for cls, b in _SIGNALS if self._traps & b]
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp, flags, traps))

    def clear_flags(self):
        object.__setattr__(self, '_flags', 0)

    def clear_traps(self):
        object.__setattr__(self, '_traps', 0)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context (the string's digits are not kept)."""
        if isinstance(num, str):
            st = [0]
            d = _from_string(num, st, self)
            self._add_status(st[0])
            return d
        if isinstance(num, float):
            self._add_status(_FLOAT_OPERATION)
            d = _from_float(num)
        else:
            d = Decimal(num)
        st = [0]
        if d._special >= _QNAN:
            r = _fix_nan(d, self)
        else:
            r = _fix(d, self, st)
        self._add_status(st[0])
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        st = [0]
        r = _fix_nan(d, self) if d._special >= _QNAN else _fix(d, self, st)
        self._add_status(st[0])
        return r

    # -- operations (each converts its operands and uses this context) ------

    def _op(self, name, *args):
        args = [_convert_raise(a) for a in args]
        return getattr(args[0], name)(*args[1:], context=self)

    def abs(self, a):
        return _convert_raise(a).__abs__(context=self)

    def add(self, a, b):
        return _convert_raise(a).__add__(_convert_raise(b), context=self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def compare(self, a, b):
        return self._op('compare', a, b)

    def compare_signal(self, a, b):
        return self._op('compare_signal', a, b)

    def compare_total(self, a, b):
        return _convert_raise(a).compare_total(_convert_raise(b))

    def compare_total_mag(self, a, b):
        return _convert_raise(a).compare_total_mag(_convert_raise(b))

    def copy_abs(self, a):
        return _convert_raise(a).copy_abs()

    def copy_decimal(self, a):
        return Decimal(_convert_raise(a))

    def copy_negate(self, a):
        return _convert_raise(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert_raise(a).copy_sign(_convert_raise(b))

    def divide(self, a, b):
        return _convert_raise(a).__truediv__(_convert_raise(b), context=self)

    def divide_int(self, a, b):
        return _convert_raise(a).__floordiv__(_convert_raise(b), context=self)

    def divmod(self, a, b):
        return _convert_raise(a).__divmod__(_convert_raise(b), context=self)

    def exp(self, a):
        return self._op('exp', a)

    def fma(self, a, b, c):
        return _convert_raise(a).fma(b, c, context=self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _convert_raise(a).is_finite()

    def is_infinite(self, a):
        return _convert_raise(a).is_infinite()

    def is_nan(self, a):
        return _convert_raise(a).is_nan()

    def is_normal(self, a):
        return _convert_raise(a).is_normal(context=self)

    def is_qnan(self, a):
        return _convert_raise(a).is_qnan()

    def is_signed(self, a):
        return _convert_raise(a).is_signed()

    def is_snan(self, a):
        return _convert_raise(a).is_snan()

    def is_subnormal(self, a):
        return _convert_raise(a).is_subnormal(context=self)

    def is_zero(self, a):
        return _convert_raise(a).is_zero()

    def ln(self, a):
        return self._op('ln', a)

    def log10(self, a):
        return self._op('log10', a)

    def logb(self, a):
        return self._op('logb', a)

    def logical_and(self, a, b):
        return self._op('logical_and', a, b)

    def logical_invert(self, a):
        return self._op('logical_invert', a)

    def logical_or(self, a, b):
        return self._op('logical_or', a, b)

    def logical_xor(self, a, b):
        return self._op('logical_xor', a, b)

    def max(self, a, b):
        return self._op('max', a, b)

    def max_mag(self, a, b):
        return self._op('max_mag', a, b)

    def min(self, a, b):
        return self._op('min', a, b)

    def min_mag(self, a, b):
        return self._op('min_mag', a, b)

    def minus(self, a):
        return _convert_raise(a).__neg__(context=self)

    def multiply(self, a, b):
        return _convert_raise(a).__mul__(_convert_raise(b), context=self)

    def next_minus(self, a):
        return self._op('next_minus', a)

    def next_plus(self, a):
        return self._op('next_plus', a)

    def next_toward(self, a, b):
        return self._op('next_toward', a, b)

    def normalize(self, a):
        return self._op('normalize', a)

    def number_class(self, a):
        return self._op('number_class', a)

    def plus(self, a):
        return _convert_raise(a).__pos__(context=self)

    def power(self, a, b, modulo=None):
        a = _convert_raise(a)
        b = _convert_raise(b)
        if modulo is not None:
            modulo = _convert_raise(modulo)
        return a.__pow__(b, modulo, context=self)

    def quantize(self, a, b):
        return self._op('quantize', a, b)

    def remainder(self, a, b):
        return _convert_raise(a).__mod__(_convert_raise(b), context=self)

    def remainder_near(self, a, b):
        return self._op('remainder_near', a, b)

    def rotate(self, a, b):
        return self._op('rotate', a, b)

    def same_quantum(self, a, b):
        return _convert_raise(a).same_quantum(_convert_raise(b))

    def scaleb(self, a, b):
        return self._op('scaleb', a, b)

    def shift(self, a, b):
        return self._op('shift', a, b)

    def sqrt(self, a):
        return self._op('sqrt', a)

    def subtract(self, a, b):
        return _convert_raise(a).__sub__(_convert_raise(b), context=self)

    def to_eng_string(self, a):
        return _convert_raise(a).to_eng_string(context=self)

    def to_sci_string(self, a):
        return _convert_raise(a).__str__(context=self)

    def to_integral_exact(self, a):
        return self._op('to_integral_exact', a)

    def to_integral_value(self, a):
        return self._op('to_integral_value', a)

    to_integral = to_integral_value


_default_context_ready = False
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
_default_context_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                       flags=[], traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                          clamp=0, flags=[], traps=[])

_current_context = None


def getcontext():
    """The current context (a fresh copy of DefaultContext the first time)."""
    global _current_context
    if _current_context is None:
        c = DefaultContext.copy()
        object.__setattr__(c, '_flags', 0)
        _current_context = c
    return _current_context


def setcontext(context):
    """Make context the current context (the three templates are copied first)."""
    global _current_context
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        object.__setattr__(context, '_flags', 0)
    _current_context = context


class ContextManager(object):
    """The context manager localcontext() returns."""

    __slots__ = ('local', 'global_')

    def __init__(self, local):
        object.__setattr__(self, 'local', local)

    def __enter__(self):
        object.__setattr__(self, 'global_', getcontext())
        setcontext(self.local)
        return self.local

    def __exit__(self, *args):
        setcontext(self.global_)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context) current
    while its block runs; keyword arguments set attributes of the copy."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    local = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CONTEXT_ATTRS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(local, key, value)
    return ContextManager(local)


# ---------------------------------------------------------------------------
# Decimal
# ---------------------------------------------------------------------------

# Kinds of Decimal (the _special field).
_FINITE = 0
_INF = 1
_QNAN = 2
_SNAN = 3


def _dec(sign, coeff, exp, special=_FINITE, cls=None):
    """A Decimal from its parts (no rounding)."""
    d = object.__new__(Decimal if cls is None else cls)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _ndigits(n):
    """Number of digits of the coefficient n (0 has one)."""
    if n < _SMALL:
        return len(str(n)) if n else 1
    # A lower bound from the bit length, then exact by comparison.
    k = max(int((n.bit_length() - 1) * 0.3010299956639812) - 1, 0)
    p = 10 ** k
    while p * 10 <= n:
        p *= 10
        k += 1
    return k + 1


_SMALL = 10 ** 18
# Integers are converted to and from strings in pieces below this many digits (str() and
# int() refuse more than sys.get_int_max_str_digits() digits).
_STR_CHUNK = 4000


def _digits_str(n):
    """The decimal digits of n >= 0, however many."""
    if n.bit_length() < 13000:
        return str(n)
    k = _ndigits(n) // 2
    hi, lo = divmod(n, 10 ** k)
    return _digits_str(hi) + _digits_str(lo).rjust(k, '0')


def _str_to_int(digits):
    """The int of a string of ASCII digits, however long."""
    if len(digits) <= _STR_CHUNK:
        return int(digits)
    k = len(digits) // 2
    return _str_to_int(digits[:-k]) * 10 ** k + _str_to_int(digits[-k:])


def _convert_other(other):
    """A Decimal for an operand of arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _convert_raise(other):
    """A Decimal for an operand of a Context method, or TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


def _from_int(value, cls=None):
    value = int(value)
    return _dec(1 if value < 0 else 0, -value if value < 0 else value, 0, cls=cls)


def _from_float(f, cls=None):
    """The exact value of a float."""
    if f != f:
        return _dec(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _QNAN, cls)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _dec(sign, 0, 0, _INF, cls)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k, cls=cls)


def _ascii_numeric(text):
    """The string as the parser sees it: outer white space stripped, underscores dropped,
    Unicode digits as ASCII digits; None when a character cannot be part of a number."""
    s = text.strip()
    out = []
    for ch in s:
        if ch == '_':
            continue
        if ch < '\x80':
            out.append(ch)
        elif ch.isspace():
            out.append(' ')
        elif ch.isdecimal():
            out.append(str(int(ch)))
        else:
            return None
    return ''.join(out)


def _parse(s):
    """Parse a numeric string: (sign, coefficient, exponent, kind) or None."""
    if not s:
        return None
    i = 0
    n = len(s)
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        i = 1
    rest = s[i:].lower()
    if rest in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for prefix, kind in (('snan', _SNAN), ('nan', _QNAN)):
        if rest.startswith(prefix):
            payload = rest[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, _str_to_int(payload) if payload else 0, 0, kind
    intpart = []
    fracpart = []
    seen_point = False
    while i < n and (s[i].isdigit() or (s[i] == '.' and not seen_point)):
        if s[i] == '.':
            seen_point = True
        elif seen_point:
            fracpart.append(s[i])
        else:
            intpart.append(s[i])
        i += 1
    if not intpart and not fracpart:
        return None
    exp = 0
    if i < n and s[i] in 'eE':
        i += 1
        esign = 1
        if i < n and s[i] in '+-':
            esign = -1 if s[i] == '-' else 1
            i += 1
        start = i
        while i < n and s[i].isdigit():
            i += 1
        if i == start:
            return None
        exp = esign * _str_to_int(s[start:i])
    if i != n:
        return None
    digits = ''.join(intpart) + ''.join(fracpart)
    return sign, _str_to_int(digits), exp - len(fracpart), _FINITE


def _from_string(text, st, context=None, cls=None):
    """A Decimal from a string; with a context the result is rounded to it."""
    s = _ascii_numeric(text)
    parsed = _parse(s) if s is not None else None
    if parsed is None:
        st[0] |= _CONVERSION_SYNTAX
        return _dec(0, 0, 0, _QNAN, cls)
    sign, coeff, exp, kind = parsed
    d = _dec(sign, coeff, exp, kind, cls)
    if context is None:
        return d
    if kind >= _QNAN:
        if _ndigits(coeff) > context._prec - context._clamp and coeff:
            st[0] |= _CONVERSION_SYNTAX
            return _dec(0, 0, 0, _QNAN, cls)
        return d
    return _fix(d, context, st)


def _from_tuple(value, cls=None):
    """A Decimal from (sign, digits, exponent)."""
    if not isinstance(value, tuple):
        value = tuple(value)
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        kinds = {'F': _INF, 'n': _QNAN, 'N': _SNAN}
        if exp not in kinds:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = kinds[exp]
        exp = 0
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, tuple):
        if isinstance(digits, list):
            digits = tuple(digits)
        else:
            raise ValueError('coefficient must be a tuple of digits')
    coeff = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coeff = coeff * 10 + digit
    if kind == _INF:
        coeff = 0
    return _dec(sign, coeff, exp, kind, cls)


# -- rounding ---------------------------------------------------------------

def _round_digits(coeff, drop, rounding, sign):
    """coeff with its last drop digits removed, rounded: (new coefficient, discarded nonzero)."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    if drop > 40 and drop > _ndigits(coeff) + 1:
        # Every digit goes, and what goes is below half a unit: only "nonzero" matters.
        if coeff == 0:
            return 0, False
        coeff, drop = 1, 2
    unit = 10 ** drop
    q, r = divmod(coeff, unit)
    if r == 0:
        return q, False
    half = unit // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP: away from zero only if the kept last digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow_result(sign, context, st, rounding):
    """The result of an overflow: infinity or the largest finite number, by rounding mode."""
    st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
    r = rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
        return _dec(sign, 0, 0, _INF)
    return _dec(sign, 10 ** context._prec - 1, context._Emax - context._prec + 1)


def _fix_nan(d, context):
    """A NaN with its payload cut to the digits the context allows."""
    room = context._prec - context._clamp
    if d._int and _ndigits(d._int) > room:
        return _dec(d._sign, d._int % 10 ** room if room > 0 else 0, 0, d._special)
    return d


def _fix(d, context, st, rounding=None):
    """Round a finite exact result to the context: precision, exponent limits, subnormal
    results, and the clamping of large exponents; conditions go into st[0]."""
    if d._special:
        return _fix_nan(d, context) if d._special >= _QNAN else d
    if rounding is None:
        rounding = context._rounding
    prec = context._prec
    etiny = context._Emin - prec + 1
    etop = context._Emax - prec + 1
    sign, coeff, exp = d._sign, d._int, d._exp
    if coeff == 0:
        exp_max = context._Emax if context._clamp == 0 else etop
        new_exp = min(max(exp, etiny), exp_max)
        if new_exp != exp:
            st[0] |= _CLAMPED
            return _dec(sign, 0, new_exp)
        return d
    ndig = _ndigits(coeff)
    # The smallest exponent that keeps the coefficient within prec digits.
    exp_min = ndig + exp - prec
    if exp_min > etop:
        return _overflow_result(sign, context, st, rounding)
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        drop = exp_min - exp
        if drop > ndig + 1:
            # Every digit is below the rounding position: only "nonzero" matters.
            coeff, drop = 1, 2
        coeff, inexact = _round_digits(coeff, drop, rounding, sign)
        if coeff and _ndigits(coeff) > prec:
            coeff //= 10
            exp_min += 1
            if exp_min > etop:
                return _overflow_result(sign, context, st, rounding)
        if inexact and subnormal:
            st[0] |= _UNDERFLOW
        if subnormal:
            st[0] |= _SUBNORMAL
        if inexact:
            st[0] |= _INEXACT
        st[0] |= _ROUNDED
        if coeff == 0:
            st[0] |= _CLAMPED
        return _dec(sign, coeff, exp_min)
    if subnormal:
        st[0] |= _SUBNORMAL
    if context._clamp == 1 and exp > etop:
        st[0] |= _CLAMPED
        return _dec(sign, coeff * 10 ** (exp - etop), etop)
    return d


def _rescale(d, exp, rounding):
    """d with exponent exp, rounding away digits or appending zeros: (result, inexact)."""
    if d._int == 0:
        return _dec(d._sign, 0, exp), False
    coeff, inexact = _round_digits(d._int, exp - d._exp, rounding, d._sign)
    return _dec(d._sign, coeff, exp), inexact


def _nan_result(a, b, context, st):
    """The NaN result of an operation on NaN operands (sNaNs first), or None."""
    for x in (a, b):
        if x is not None and x._special == _SNAN:
            st[0] |= _INVALID_OPERATION
            return _fix_nan(_dec(x._sign, x._int, 0, _QNAN), context)
    for x in (a, b):
        if x is not None and x._special == _QNAN:
            return _fix_nan(x, context)
    return None


def _invalid(st, condition=_INVALID_OPERATION):
    st[0] |= condition
    return _dec(0, 0, 0, _QNAN)


def _adjusted(d):
    return d._exp + _ndigits(d._int) - 1


def _context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _run(context, op, *args):
    """Run op(..., context, st) and raise its conditions on the context."""
    ctx = _context(context)
    st = [0]
    result = op(*args, ctx, st)
    ctx._add_status(st[0])
    return result


# -- arithmetic on Decimals (exact result, then _fix) ------------------------

def _add(a, b, ctx, st, negate_b=False):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._special == _INF or b._special == _INF:
        if a._special == _INF and b._special == _INF and a._sign != bsign:
            return _invalid(st)
        if a._special == _INF:
            return _dec(a._sign, 0, 0, _INF)
        return _dec(bsign, 0, 0, _INF)
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    prec = ctx._prec
    if ca == 0 and cb == 0:
        sign = a._sign if a._sign == bsign else (1 if ctx._rounding == ROUND_FLOOR else 0)
        return _fix(_dec(sign, 0, min(ea, eb)), ctx, st)
    if ca == 0:
        # 0 + b: b itself, with at most prec + 1 more digits of the zero's exponent.
        exp = max(min(ea, eb), eb - prec - 1)
        return _fix(_dec(bsign, cb * 10 ** (eb - exp), exp), ctx, st)
    if cb == 0:
        exp = max(min(ea, eb), ea - prec - 1)
        return _fix(_dec(a._sign, ca * 10 ** (ea - exp), exp), ctx, st)
    # An operand far below the other's last rounding position only matters as a sticky
    # nonzero digit: replace it by one unit there.
    if ea < eb:
        threshold = eb + min(-1, _ndigits(cb) - prec - 2)
        if ea + _ndigits(ca) - 1 < threshold:
            ca, ea = 1, threshold
    elif eb < ea:
        threshold = ea + min(-1, _ndigits(ca) - prec - 2)
        if eb + _ndigits(cb) - 1 < threshold:
            cb, eb = 1, threshold
    exp = min(ea, eb)
    va = ca * 10 ** (ea - exp)
    vb = cb * 10 ** (eb - exp)
    if a._sign:
        va = -va
    if bsign:
        vb = -vb
    total = va + vb
    if total == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _fix(_dec(sign, 0, exp), ctx, st)
    return _fix(_dec(1 if total < 0 else 0, abs(total), exp), ctx, st)


def _mul(a, b, ctx, st):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == _INF or b._special == _INF:
        if (a._special == _FINITE and a._int == 0) or (b._special == _FINITE and b._int == 0):
            return _invalid(st)
        return _dec(sign, 0, 0, _INF)
    return _fix(_dec(sign, a._int * b._int, a._exp + b._exp), ctx, st)


def _div(a, b, ctx, st):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == _INF:
        if b._special == _INF:
            return _invalid(st)
        return _dec(sign, 0, 0, _INF)
    if b._special == _INF:
        st[0] |= _CLAMPED
        return _dec(sign, 0, ctx.Etiny())
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVISION_UNDEFINED)
        st[0] |= _DIVISION_BY_ZERO
        return _dec(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(_dec(sign, 0, ideal), ctx, st)
    prec = ctx._prec
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** (-shift))
    exp = ideal - shift
    if r:
        # Inexact: a nonzero last digit keeps the rounding honest.
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(_dec(sign, q, exp), ctx, st)


def _divide_integer_parts(a, b, ctx, st):
    """Integer quotient and remainder of finite a, b (b nonzero): (q, r) or None when the
    quotient needs more than prec digits."""
    sign = a._sign ^ b._sign
    exp = min(a._exp, b._exp)
    if a._int == 0 or _adjusted(a) < _adjusted(b) - 1:
        r, _ = _rescale(a, exp, ctx._rounding)
        return _dec(sign, 0, 0), r
    if _adjusted(a) - _adjusted(b) > ctx._prec:
        return None
    va = a._int * 10 ** (a._exp - exp)
    vb = b._int * 10 ** (b._exp - exp)
    q, r = divmod(va, vb)
    if _ndigits(q) > ctx._prec:
        return None
    return _dec(sign, q, 0), _dec(a._sign, r, exp)


def _divmod(a, b, ctx, st):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._special == _INF:
        if b._special == _INF:
            n = _invalid(st)
            return n, n
        return _dec(sign, 0, 0, _INF), _invalid(st)
    if b._special == _INF:
        return _dec(sign, 0, 0), _fix(a, ctx, st)
    if b._int == 0:
        if a._int == 0:
            n = _invalid(st, _DIVISION_UNDEFINED)
            return n, n
        st[0] |= _DIVISION_BY_ZERO | _INVALID_OPERATION
        return _dec(sign, 0, 0, _INF), _dec(0, 0, 0, _QNAN)
    parts = _divide_integer_parts(a, b, ctx, st)
    if parts is None:
        n = _invalid(st, _DIVISION_IMPOSSIBLE)
        return n, n
    q, r = parts
    return q, _fix(r, ctx, st)


def _floordiv(a, b, ctx, st):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == _INF:
        if b._special == _INF:
            return _invalid(st)
        return _dec(sign, 0, 0, _INF)
    if b._special == _INF:
        return _dec(sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVISION_UNDEFINED)
        st[0] |= _DIVISION_BY_ZERO
        return _dec(sign, 0, 0, _INF)
    parts = _divide_integer_parts(a, b, ctx, st)
    if parts is None:
        return _invalid(st, _DIVISION_IMPOSSIBLE)
    return parts[0]


def _mod(a, b, ctx, st):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    if a._special == _INF:
        return _invalid(st)
    if b._special == _INF:
        return _fix(a, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVISION_UNDEFINED)
        return _invalid(st)
    parts = _divide_integer_parts(a, b, ctx, st)
    if parts is None:
        return _invalid(st, _DIVISION_IMPOSSIBLE)
    return _fix(parts[1], ctx, st)


def _remainder_near(a, b, ctx, st):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    if a._special == _INF:
        return _invalid(st)
    if b._special == _INF:
        return _fix(a, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVISION_UNDEFINED)
        return _invalid(st)
    exp = min(a._exp, b._exp)
    if a._int == 0 or _adjusted(a) < _adjusted(b) - 1:
        r, _ = _rescale(a, exp, ctx._rounding)
        return _fix(r, ctx, st)
    if _adjusted(a) - _adjusted(b) > ctx._prec:
        return _invalid(st, _DIVISION_IMPOSSIBLE)
    va = a._int * 10 ** (a._exp - exp)
    vb = b._int * 10 ** (b._exp - exp)
    q, r = divmod(va, vb)
    # The nearest integer quotient (ties to even).
    if 2 * r > vb or (2 * r == vb and q % 2 == 1):
        r -= vb
        q += 1
    if _ndigits(q) > ctx._prec:
        return _invalid(st, _DIVISION_IMPOSSIBLE)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fix(_dec(sign, r, exp), ctx, st)


def _plus(a, ctx, st, negate=False, absolute=False):
    """0 + a, 0 - a or abs(a), rounded to the context."""
    nan = _nan_result(a, None, ctx, st)
    if nan is not None:
        return nan
    sign = 0 if absolute else a._sign ^ (1 if negate else 0)
    if a._special == _INF:
        return _dec(sign, 0, 0, _INF)
    if a._int == 0 and sign == 1 and ctx._rounding != ROUND_FLOOR:
        # A zero sum of operands with different signs is positive unless rounding to floor.
        sign = 0
    return _fix(_dec(sign, a._int, a._exp), ctx, st)


# -- comparison --------------------------------------------------------------

def _cmp(a, b):
    """-1, 0 or 1 for non-NaN a and b."""
    if a._special == _INF or b._special == _INF:
        va = 0 if a._special != _INF else (-1 if a._sign else 1)
        vb = 0 if b._special != _INF else (-1 if b._sign else 1)
        if va == vb:
            return 0
        if va or vb:
            if va and vb:
                return -1 if va < vb else 1
            if va:
                return va
            return -vb
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    result = _cmp_abs(a, b)
    return -result if a._sign else result


def _cmp_abs(a, b):
    adj_a, adj_b = _adjusted(a), _adjusted(b)
    if adj_a != adj_b:
        return 1 if adj_a > adj_b else -1
    exp = min(a._exp, b._exp)
    va = a._int * 10 ** (a._exp - exp)
    vb = b._int * 10 ** (b._exp - exp)
    return (va > vb) - (va < vb)


def _is_nan(d):
    return d._special >= _QNAN


def _compare_result(x):
    return _dec(1 if x < 0 else 0, abs(x), 0)


# -- exact integers, integrality --------------------------------------------

def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    if -d._exp >= _ndigits(d._int):
        return False
    return d._int % 10 ** (-d._exp) == 0


def _is_odd(d):
    """Is the integral finite d odd? (Without forming a huge int.)"""
    if d._exp > 0:
        return False
    return _as_int(d) % 2 == 1


def _shift_right(n, digits):
    """n // 10**digits for n >= 0, quickly when every digit goes."""
    if digits <= 0:
        return n * 10 ** (-digits)
    if digits > _ndigits(n):
        return 0
    return n // 10 ** digits


def _as_int(d):
    """The value of an integral finite Decimal."""
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = _shift_right(d._int, -d._exp)
    return -v if d._sign else v


def _strip_zeros(coeff, exp, exp_max):
    """Remove trailing zeros of coeff while exp stays at most exp_max."""
    if coeff == 0:
        return 0, exp
    while exp < exp_max and coeff % 10 == 0:
        coeff //= 10
        exp += 1
    return coeff, exp


# -- transcendental functions in fixed point (error-checked, see _ziv) --------

_LN10_CACHE = [0, 0]


def _ln10_fixed(w):
    """ln(10) * 10**w, within one unit."""
    if _LN10_CACHE[0] >= w:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - w)
    g = w + 10
    # ln 10 = 3 ln 2 + ln(5/4) = 6 atanh(1/3) + 2 atanh(1/9)
    value = 6 * _atanh_inv(3, g) + 2 * _atanh_inv(9, g)
    _LN10_CACHE[0] = g
    _LN10_CACHE[1] = value
    return value // 10 ** 10


def _atanh_inv(k, w):
    """atanh(1/k) * 10**w (k >= 2), within a few units."""
    one = 10 ** w
    term = one // k
    k2 = k * k
    total = term
    n = 1
    while term:
        term //= k2
        n += 2
        total += term // n
    return total


def _ln_fixed(coeff, exp, w):
    """ln(coeff * 10**exp) * 10**w (coeff > 0), within a few units."""
    g = w + 8
    one = 10 ** g
    nd = _ndigits(coeff)
    # coeff * 10**exp = m * 10**e10 with m = coeff / 10**(nd - 1) in [1, 10).
    e10 = exp + nd - 1
    if nd - 1 <= g:
        m = coeff * 10 ** (g - nd + 1)
    else:
        m = coeff // 10 ** (nd - 1 - g)
    # ln m = k ln 2 + ln(m / 2**k) with m / 2**k near 1.
    k = 0
    while m > one * 3 // 2:
        m = (m + 1) // 2
        k += 1
    # ln m = 2 atanh((m - 1) / (m + 1)), an odd series summed with |y|.
    y = abs(m - one) * one // (m + one)
    y2 = y * y // one
    term = y
    total = y
    n = 1
    while term:
        term = term * y2 // one
        n += 2
        total += term // n
    ln_m = 2 * total if m >= one else -2 * total
    ln2 = 2 * _atanh_inv(3, g)
    result = ln_m + k * ln2 + e10 * _ln10_fixed(g)
    return result // 10 ** 8


def _exp_fixed(t, w):
    """exp(t / 10**w) as (m, q): exp ~ m * 10**(q - w), m within a few units of
    exp(r) * 10**w where t / 10**w = r + q ln 10 and |r| <= 1.2."""
    g = w + 8
    scale = 10 ** g
    tg = t * 10 ** 8
    tdigits = _ndigits(abs(t))
    ln10 = _ln10_fixed(g + tdigits)
    ln10_g = ln10 // 10 ** tdigits
    q = (2 * tg + ln10_g) // (2 * ln10_g)
    r = tg - q * ln10 // 10 ** tdigits
    # exp(r) = exp(r / 2**k) ** (2**k), the series summed with |r| and alternating signs.
    k = 10
    negative = r < 0
    rk = abs(r) >> k
    term = scale
    total = scale
    n = 1
    while term:
        term = term * rk // (scale * n)
        total += -term if (negative and n % 2 == 1) else term
        n += 1
    for _ in range(k):
        total = total * total // scale
    return total // 10 ** 8, q


def _round_to_digits(m, places, rounding, sign=0):
    """m rounded to places significant digits: (coefficient, exponent shift)."""
    nd = _ndigits(m)
    if nd <= places:
        return m, 0
    c, _ = _round_digits(m, nd - places, rounding, sign)
    shift = nd - places
    if _ndigits(c) > places:
        c //= 10
        shift += 1
    return c, shift


def _ziv(compute, prec, rounding=ROUND_HALF_EVEN, sign=0):
    """The value of compute(w) -> (m, exp), m within _ERR units of the true value at
    10**exp, rounded to prec digits: with more working digits until both ends of the
    error interval round alike (Ziv's strategy)."""
    extra = 10
    for _ in range(6):
        m, exp = compute(prec + extra)
        nd = _ndigits(m)
        if nd >= prec + 3:
            lo = _round_to_digits(m - _ERR, prec, rounding, sign)
            hi = _round_to_digits(m + _ERR, prec, rounding, sign)
            lo = _normalize_digits(lo[0], exp + lo[1], prec)
            hi = _normalize_digits(hi[0], exp + hi[1], prec)
            if lo == hi:
                return lo
            extra *= 2
        else:
            extra += prec + 3 - nd + 10
    c, shift = _round_to_digits(m, prec, rounding, sign)
    return _normalize_digits(c, exp + shift, prec)


_ERR = 40


def _normalize_digits(c, exp, prec):
    """A coefficient of exactly prec digits (trailing zeros added) with its exponent."""
    nd = _ndigits(c)
    if nd < prec:
        c *= 10 ** (prec - nd)
        exp -= prec - nd
    return c, exp


def _exp_value(coeff, exp, sign, prec):
    """exp(x) for finite nonzero x = (-1)**sign * coeff * 10**exp: (coefficient, exponent)."""
    def compute(w):
        t = _shift_right(coeff, -exp - w)
        if sign:
            t = -t
        m, q = _exp_fixed(t, w)
        return m, q - w
    return _ziv(compute, prec)


def _ln_value(coeff, exp, prec):
    """ln(x) for finite positive x != 1: (sign, coefficient, exponent)."""
    def compute(w):
        v = _ln_fixed(coeff, exp, w)
        return abs(v), -w
    sign = 1 if exp + _ndigits(coeff) - 1 < 0 else 0
    c, e = _ziv(compute, prec)
    return sign, c, e


def _log10_value(coeff, exp, prec):
    """log10(x) for finite positive x not a power of ten: (sign, coefficient, exponent)."""
    def compute(w):
        g = w + 5
        v = abs(_ln_fixed(coeff, exp, g)) * 10 ** w // _ln10_fixed(g)
        return v, -w
    sign = 1 if exp + _ndigits(coeff) - 1 < 0 else 0
    c, e = _ziv(compute, prec)
    return sign, c, e


def _exp_estimate(d):
    """A float estimate of d's value for range checks."""
    c, e = d._int, d._exp
    nd = _ndigits(c)
    if nd > 17:
        c //= 10 ** (nd - 17)
        e += nd - 17
    return float('%s%dE%d' % ('-' if d._sign else '', c, e))


# ---------------------------------------------------------------------------

class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active."""

    __slots__ = ('_exp', '_int', '_sign', '_special')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            st = [0]
            d = _from_string(value, st, None, cls)
            if st[0]:
                _context(context)._add_status(st[0])
            return d
        if isinstance(value, Decimal):
            if type(value) is cls and cls is Decimal:
                return value
            return _dec(value._sign, value._int, value._exp, value._special, cls)
        if isinstance(value, int):
            return _from_int(value, cls)
        if isinstance(value, float):
            _context(context)._add_status(_FLOAT_OPERATION)
            return _from_float(value, cls)
        if isinstance(value, (tuple, list)):
            return _from_tuple(value, cls)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            return _from_int(f, cls if cls is not Decimal else None)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        d = _from_float(f)
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversion to strings ---------------------------------------------

    def _to_string(self, eng, capitals):
        sign = '-' if self._sign else ''
        if self._special == _INF:
            return sign + 'Infinity'
        if self._special:
            name = 'sNaN' if self._special == _SNAN else 'NaN'
            return sign + name + (_digits_str(self._int) if self._int else '')
        digits = _digits_str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp_text = ''
        else:
            exp_text = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp_text

    def __str__(self, eng=False, context=None):
        return self._to_string(eng, _context(context)._capitals)

    def to_eng_string(self, context=None):
        return self._to_string(True, _context(context)._capitals)

    def __repr__(self):
        return "Decimal('%s')" % self._to_string(False, getcontext()._capitals)

    def as_tuple(self):
        exp = {_INF: 'F', _QNAN: 'n', _SNAN: 'N'}.get(self._special, self._exp)
        if self._special == _INF:
            digits = (0,)
        elif self._special and self._int == 0:
            digits = ()
        else:
            digits = tuple(int(c) for c in _digits_str(self._int))
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if self._int == 0:
            return 0, 1
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** (-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -- predicates ---------------------------------------------------------

    def is_finite(self):
        return self._special == _FINITE

    def is_infinite(self):
        return self._special == _INF

    def is_nan(self):
        return self._special >= _QNAN

    def is_qnan(self):
        return self._special == _QNAN

    def is_snan(self):
        return self._special == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._special == _FINITE and self._int == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        return _adjusted(self) >= _context(context)._Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        return _adjusted(self) < _context(context)._Emin

    def adjusted(self):
        if self._special:
            return 0
        return _adjusted(self)

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        ctx = _context(context)
        if self._special == _SNAN:
            return 'sNaN'
        if self._special == _QNAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == _INF:
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if _adjusted(self) < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def same_quantum(self, other, context=None):
        other = _convert_raise(other)
        if self._special or other._special:
            return (self._special >= _QNAN and other._special >= _QNAN) or (
                self._special == _INF and other._special == _INF)
        return self._exp == other._exp

    # -- sign operations (exact, no context) ---------------------------------

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert_raise(other)
        return _dec(other._sign, self._int, self._exp, self._special)

    # -- arithmetic ---------------------------------------------------------

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _add, self, other)

    def __radd__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _add, other, self)

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, lambda a, b, c, s: _add(a, b, c, s, True), self, other)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, lambda a, b, c, s: _add(a, b, c, s, True), other, self)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _mul, self, other)

    def __rmul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _mul, other, self)

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _div, self, other)

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _div, other, self)

    def __floordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _floordiv, self, other)

    def __rfloordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _floordiv, other, self)

    def __mod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _mod, self, other)

    def __rmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _mod, other, self)

    def __divmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _divmod, self, other)

    def __rdivmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _run(context, _divmod, other, self)

    def remainder_near(self, other, context=None):
        return _run(context, _remainder_near, self, _convert_raise(other))

    def __neg__(self, context=None):
        return _run(context, lambda a, c, s: _plus(a, c, s, negate=True), self)

    def __pos__(self, context=None):
        return _run(context, _plus, self)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _run(context, lambda a, c, s: _plus(a, c, s, absolute=True), self)

    def fma(self, other, third, context=None):
        other = _convert_raise(other)
        third = _convert_raise(third)

        def op(a, b, c, ctx, st):
            for x in (a, b, c):
                if x._special == _SNAN:
                    st[0] |= _INVALID_OPERATION
                    return _fix_nan(_dec(x._sign, x._int, 0, _QNAN), ctx)
            for x in (a, b, c):
                if x._special == _QNAN:
                    return _fix_nan(x, ctx)
            if a._special == _INF or b._special == _INF:
                if (a._special == _FINITE and a._int == 0) or (b._special == _FINITE and b._int == 0):
                    return _invalid(st)
                product = _dec(a._sign ^ b._sign, 0, 0, _INF)
            else:
                product = _dec(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
            return _add(product, c, ctx, st)
        return _run(context, op, self, other, third)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _convert_other(modulo)
            if modulo is NotImplemented:
                return modulo
            return _run(context, _power_modulo, self, other, modulo)
        return _run(context, _power, self, other)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def sqrt(self, context=None):
        return _run(context, _sqrt, self)

    def exp(self, context=None):
        return _run(context, _exp, self)

    def ln(self, context=None):
        return _run(context, _ln, self)

    def log10(self, context=None):
        return _run(context, _log10, self)

    def logb(self, context=None):
        def op(a, ctx, st):
            nan = _nan_result(a, None, ctx, st)
            if nan is not None:
                return nan
            if a._special == _INF:
                return _dec(0, 0, 0, _INF)
            if a._int == 0:
                st[0] |= _DIVISION_BY_ZERO
                return _dec(1, 0, 0, _INF)
            return _fix(_from_int(_adjusted(a)), ctx, st)
        return _run(context, op, self)

    # -- comparison ---------------------------------------------------------

    def _convert_for_compare(self, other, equality):
        """(self, other) as Decimals for a comparison, or None for NotImplemented."""
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, _from_int(other)
        ctx = getcontext()
        if isinstance(other, float):
            if equality:
                object.__setattr__(ctx, '_flags', ctx._flags | _FLOAT_OPERATION)
            else:
                ctx._add_status(_FLOAT_OPERATION)
            return self, _from_float(other)
        if isinstance(other, complex) and equality:
            if other.imag != 0:
                return None
            object.__setattr__(ctx, '_flags', ctx._flags | _FLOAT_OPERATION)
            return self, _from_float(other.real)
        if isinstance(other, _numbers.Rational):
            num, den = other.numerator, other.denominator
            if self._special:
                return self, _from_int(num)
            # Compare self * den with num, both exact.
            return _dec(self._sign, self._int * den, self._exp), _from_int(num)
        return None

    def _richcmp(self, other, op):
        pair = self._convert_for_compare(other, op in ('eq', 'ne'))
        if pair is None:
            return NotImplemented
        a, b = pair
        if _is_nan(a) or _is_nan(b):
            if a._special == _SNAN or b._special == _SNAN or op not in ('eq', 'ne'):
                getcontext()._add_status(_INVALID_OPERATION)
            return op == 'ne'
        c = _cmp(a, b)
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._richcmp(other, 'eq')

    def __ne__(self, other):
        return self._richcmp(other, 'ne')

    def __lt__(self, other):
        return self._richcmp(other, 'lt')

    def __le__(self, other):
        return self._richcmp(other, 'le')

    def __gt__(self, other):
        return self._richcmp(other, 'gt')

    def __ge__(self, other):
        return self._richcmp(other, 'ge')

    def compare(self, other, context=None):
        other = _convert_raise(other)

        def op(a, b, ctx, st):
            nan = _nan_result(a, b, ctx, st)
            if nan is not None:
                return nan
            return _compare_result(_cmp(a, b))
        return _run(context, op, self, other)

    def compare_signal(self, other, context=None):
        other = _convert_raise(other)

        def op(a, b, ctx, st):
            if _is_nan(a) or _is_nan(b):
                st[0] |= _INVALID_OPERATION
                nan = _nan_result(a, b, ctx, [0])
                return nan
            return _compare_result(_cmp(a, b))
        return _run(context, op, self, other)

    def compare_total(self, other, context=None):
        """Total ordering: -NaN < -sNaN < -Inf < numbers < Inf < sNaN < NaN, then by
        exponent among equal values."""
        other = _convert_raise(other)
        return _compare_result(_total_key_cmp(self, other))

    def compare_total_mag(self, other, context=None):
        other = _convert_raise(other)
        return _compare_result(_total_key_cmp(self.copy_abs(), other.copy_abs()))

    def max(self, other, context=None):
        return _run(context, lambda a, b, c, s: _minmax(a, b, c, s, True, False), self, _convert_raise(other))

    def min(self, other, context=None):
        return _run(context, lambda a, b, c, s: _minmax(a, b, c, s, False, False), self, _convert_raise(other))

    def max_mag(self, other, context=None):
        return _run(context, lambda a, b, c, s: _minmax(a, b, c, s, True, True), self, _convert_raise(other))

    def min_mag(self, other, context=None):
        return _run(context, lambda a, b, c, s: _minmax(a, b, c, s, False, True), self, _convert_raise(other))

    # -- hashing and conversion to numbers -----------------------------------

    def __hash__(self):
        if self._special:
            if self._special == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == _QNAN:
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._int * exp_hash % _PyHASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __bool__(self):
        return bool(self._special or self._int)

    def __float__(self):
        if self._special == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._special == _QNAN:
            return float('-nan' if self._sign else 'nan')
        return float(self._to_string(False, 1))

    def __int__(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = _shift_right(self._int, -self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def _to_int(self, rounding):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            return int(self)
        r, _ = _rescale(self, 0, rounding)
        return -r._int if r._sign else r._int

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __sizeof__(self):
        # dec_sizeof: PyDecObject (104 bytes, with room for four coefficient words), plus the
        # coefficient's words (19 digits each) when they do not fit there.
        words = (_ndigits(self._int) + 18) // 19
        extra = 8 * words if words > 4 else 0
        return type(self).__basicsize__ - Decimal.__basicsize__ + 104 + extra

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- exponent operations -------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        exp = _convert_raise(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        return _run(context, lambda a, b, c, s: _quantize(a, b._exp if not b._special else None, b, c, s, rounding),
                    self, exp)

    def to_integral_value(self, rounding=None, context=None):
        def op(a, ctx, st):
            nan = _nan_result(a, None, ctx, st)
            if nan is not None:
                return nan
            if a._special or a._exp >= 0:
                return a
            r, _ = _rescale(a, 0, rounding or ctx._rounding)
            return r
        return _run(context, op, self)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        def op(a, ctx, st):
            nan = _nan_result(a, None, ctx, st)
            if nan is not None:
                return nan
            if a._special or a._exp >= 0:
                return a
            if a._int == 0:
                return _dec(a._sign, 0, 0)
            r, inexact = _rescale(a, 0, rounding or ctx._rounding)
            st[0] |= _ROUNDED
            if inexact:
                st[0] |= _INEXACT
            return r
        return _run(context, op, self)

    def normalize(self, context=None):
        def op(a, ctx, st):
            nan = _nan_result(a, None, ctx, st)
            if nan is not None:
                return nan
            r = _fix(a, ctx, st)
            if r._special:
                return r
            if r._int == 0:
                return _dec(r._sign, 0, 0)
            exp_max = ctx._Emax if ctx._clamp == 0 else ctx.Etop()
            coeff, exp = _strip_zeros(r._int, r._exp, exp_max)
            return _dec(r._sign, coeff, exp)
        return _run(context, op, self)

    def scaleb(self, other, context=None):
        other = _convert_raise(other)

        def op(a, b, ctx, st):
            nan = _nan_result(a, b, ctx, st)
            if nan is not None:
                return nan
            if b._special or b._exp != 0:
                return _invalid(st)
            limit = 2 * (ctx._Emax + ctx._prec)
            n = _as_int(b)
            if not -limit <= n <= limit:
                return _invalid(st)
            if a._special == _INF:
                return a
            return _fix(_dec(a._sign, a._int, a._exp + n), ctx, st)
        return _run(context, op, self, other)

    def shift(self, other, context=None):
        return _run(context, lambda a, b, c, s: _shift_rotate(a, b, c, s, False), self, _convert_raise(other))

    def rotate(self, other, context=None):
        return _run(context, lambda a, b, c, s: _shift_rotate(a, b, c, s, True), self, _convert_raise(other))

    def next_plus(self, context=None):
        return _run(context, lambda a, c, s: _next(a, c, s, 1), self)

    def next_minus(self, context=None):
        return _run(context, lambda a, c, s: _next(a, c, s, -1), self)

    def next_toward(self, other, context=None):
        other = _convert_raise(other)

        def op(a, b, ctx, st):
            nan = _nan_result(a, b, ctx, st)
            if nan is not None:
                return nan
            c = _cmp(a, b)
            if c == 0:
                return _dec(b._sign, a._int, a._exp, a._special)
            sub = [0]
            r = _next(a, ctx, sub, -1 if c > 0 else 1)
            if r._special == _INF:
                st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
            elif r._special == _FINITE and _adjusted(r) < ctx._Emin:
                st[0] |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
                if r._int == 0:
                    st[0] |= _CLAMPED
            return r
        return _run(context, op, self, other)

    # -- logical operations (operands made of the digits 0 and 1) ------------

    def logical_and(self, other, context=None):
        return _run(context, lambda a, b, c, s: _logical(a, b, c, s, lambda x, y: x & y), self, _convert_raise(other))

    def logical_or(self, other, context=None):
        return _run(context, lambda a, b, c, s: _logical(a, b, c, s, lambda x, y: x | y), self, _convert_raise(other))

    def logical_xor(self, other, context=None):
        return _run(context, lambda a, b, c, s: _logical(a, b, c, s, lambda x, y: x ^ y), self, _convert_raise(other))

    def logical_invert(self, context=None):
        def op(a, ctx, st):
            ones = _dec(0, (10 ** ctx._prec - 1) // 9, 0)
            return _logical(a, ones, ctx, st, lambda x, y: x ^ y)
        return _run(context, op, self)

    # -- formatting -----------------------------------------------------------

    def __format__(self, specifier, override=None):
        if not isinstance(specifier, str):
            raise TypeError('format arg must be str')
        return _format_decimal(self, specifier)


_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


def _total_key_cmp(a, b):
    """compare_total's order of a and b: -1, 0 or 1."""
    def rank(d):
        # Positive: numbers 0, Inf 1, sNaN 2, NaN 3.
        return {_FINITE: 0, _INF: 1, _SNAN: 2, _QNAN: 3}[d._special]
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return flip * (1 if ra > rb else -1)
    if ra >= 2:
        c = (a._int > b._int) - (a._int < b._int)
        return flip * c
    if ra == 1:
        return 0
    c = _cmp(a.copy_abs(), b.copy_abs())
    if c:
        return flip * c
    if a._exp == b._exp:
        return 0
    return flip * (1 if a._exp > b._exp else -1)


def _minmax(a, b, ctx, st, want_max, magnitude):
    """max/min (of magnitudes): a quiet NaN loses to a number."""
    if _is_nan(a) or _is_nan(b):
        if a._special == _SNAN or b._special == _SNAN:
            return _nan_result(a, b, ctx, st)
        if _is_nan(a) and not _is_nan(b):
            return _fix(b, ctx, st)
        if _is_nan(b) and not _is_nan(a):
            return _fix(a, ctx, st)
        return _nan_result(a, b, ctx, st)
    c = _cmp(a.copy_abs(), b.copy_abs()) if magnitude else 0
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        # Equal values: the one with the larger exponent for max (sign first).
        c = _total_key_cmp(a, b)
    pick = a if (c > 0) == want_max else b
    if c == 0:
        pick = a
    return _fix(pick, ctx, st)


def _quantize(a, exp, b, ctx, st, rounding):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    if a._special == _INF or b._special == _INF:
        if a._special == _INF and b._special == _INF:
            return _dec(a._sign, 0, 0, _INF)
        return _invalid(st)
    rounding = rounding or ctx._rounding
    if not (ctx.Etiny() <= exp <= ctx._Emax):
        return _invalid(st)
    if a._int == 0:
        return _fix(_dec(a._sign, 0, exp), ctx, st)
    if _adjusted(a) > ctx._Emax:
        return _invalid(st)
    if _adjusted(a) - exp + 1 > ctx._prec:
        return _invalid(st)
    r, inexact = _rescale(a, exp, rounding)
    if r._int and (_adjusted(r) > ctx._Emax or _ndigits(r._int) > ctx._prec):
        return _invalid(st)
    if r._int and _adjusted(r) < ctx._Emin:
        st[0] |= _SUBNORMAL
    if r._exp > a._exp:
        if inexact:
            st[0] |= _INEXACT
        st[0] |= _ROUNDED
    return r


def _next(a, ctx, st, direction):
    """The closest representable number above (direction 1) or below (-1) a: a rounded
    toward that direction if it is not representable, else a plus or minus a unit below
    the smallest representable one, rounded the same way."""
    nan = _nan_result(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._special == _INF:
        if (a._sign == 0) == (direction > 0):
            return a
        return _dec(a._sign, 10 ** ctx._prec - 1, ctx.Etop())
    work = ctx.copy()
    object.__setattr__(work, '_rounding', ROUND_CEILING if direction > 0 else ROUND_FLOOR)
    r = _fix(a, work, [0])
    if r._special or _cmp(r, a) != 0:
        return r
    tiny = _dec(0 if direction > 0 else 1, 1, ctx.Etiny() - 1)
    return _add(a, tiny, work, [0])


def _logical_digits(d):
    if d._special or d._sign or d._exp != 0 or set(_digits_str(d._int)) - {'0', '1'}:
        return None
    return _digits_str(d._int)


def _logical(a, b, ctx, st, f):
    da, db = _logical_digits(a), _logical_digits(b)
    if da is None or db is None:
        return _invalid(st)
    prec = ctx._prec
    da = da.zfill(prec)[-prec:]
    db = db.zfill(prec)[-prec:]
    digits = ''.join(str(f(int(x), int(y))) for x, y in zip(da, db))
    return _dec(0, _str_to_int(digits), 0)


def _shift_rotate(a, b, ctx, st, rotate):
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    prec = ctx._prec
    if b._special or b._exp != 0 or not -prec <= _as_int(b) <= prec:
        return _invalid(st)
    if a._special == _INF:
        return a
    n = _as_int(b)
    digits = _digits_str(a._int)
    if len(digits) > prec:
        digits = digits[-prec:]
    if rotate:
        digits = digits.zfill(prec)
        n %= prec
        digits = digits[n:] + digits[:n]
    elif n >= 0:
        digits = (digits + '0' * n)[-prec:]
    else:
        digits = digits[:n] or '0'
    return _dec(a._sign, _str_to_int(digits), a._exp)


# -- power, square root, exponential and logarithms -------------------------

def _power_modulo(a, b, m, ctx, st):
    for x in (a, b, m):
        if x._special == _SNAN:
            st[0] |= _INVALID_OPERATION
            return _fix_nan(_dec(x._sign, x._int, 0, _QNAN), ctx)
    for x in (a, b, m):
        if x._special == _QNAN:
            return _fix_nan(x, ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(st)
    if b._sign and b._int:
        return _invalid(st)
    if m._int == 0:
        return _invalid(st)
    mod = abs(_as_int(m))
    if _ndigits(mod) > ctx._prec:
        return _invalid(st)
    if a._int == 0 and b._int == 0:
        return _invalid(st)
    base = abs(_as_int(a))
    e = _as_int(b)
    r = pow(base, e, mod)
    sign = a._sign if e % 2 == 1 else 0
    return _dec(sign, r, 0)


def _work_context(ctx, prec=None, maximal=False):
    """A context for intermediate results (mpd_workcontext / mpd_maxcontext): no traps,
    ROUND_HALF_EVEN, no clamping."""
    w = object.__new__(Context)
    object.__setattr__(w, '_prec', ctx._prec if prec is None else prec)
    object.__setattr__(w, '_rounding', ROUND_HALF_EVEN)
    object.__setattr__(w, '_Emin', MIN_EMIN if maximal else ctx._Emin)
    object.__setattr__(w, '_Emax', MAX_EMAX if maximal else ctx._Emax)
    object.__setattr__(w, '_capitals', 1)
    object.__setattr__(w, '_clamp', 0)
    object.__setattr__(w, '_flags', 0)
    object.__setattr__(w, '_traps', 0)
    return w


# Conditions an intermediate step of power passes on (libmpdec's MPD_Errors).
_ERRORS = _IEEE_INVALID | _DIVISION_BY_ZERO
# An exponent beyond any context: finalizing it overflows (MPD_EXP_INF).
_EXP_INF = 2000000000000000001


def _exp_digits(n):
    return len(str(abs(n)))


def _lower_bound_zeta(x):
    """A lower bound of log10(|log10(x)|) for positive x != 1 (libmpdec _lower_bound_zeta)."""
    t = _adjusted(x)
    if t > 0:
        return _exp_digits(t) - 1
    if t < -1:
        return _exp_digits(t + 1) - 1
    u = _adjusted(_add(x, _dec(0, 1, 0), _work_context(getcontext(), MAX_PREC, True), [0], True))
    return u - 2 if t == 0 else u - 1


def _power(a, b, ctx, st):
    """CPython 3.11 (libmpdec mpd_qpow): the special cases, powers of one, certain overflow
    and underflow, then integer powers by repeated multiplication and other powers as
    exp(b * ln(a)), each at a higher working precision and rounded once to the context."""
    nan = _nan_result(a, b, ctx, st)
    if nan is not None:
        return nan
    integral = _is_integral(b)
    sign = 1 if (integral and a._sign and _is_odd(b)) else 0
    a_zero = a._special == _FINITE and a._int == 0
    b_zero = b._special == _FINITE and b._int == 0
    if a_zero:
        if b_zero:
            return _invalid(st)
        if b._sign:
            return _dec(sign, 0, 0, _INF)
        return _dec(sign, 0, 0)
    if a._sign and (not integral or b._special == _INF):
        return _invalid(st)
    if b._special == _INF:
        c = _cmp(a, _dec(0, 1, 0))
        if c == 0:
            st[0] |= _INEXACT | _ROUNDED
            return _dec(sign, 10 ** (ctx._prec - 1), -(ctx._prec - 1))
        if c * (-1 if b._sign else 1) < 0:
            return _dec(sign, 0, 0)
        return _dec(sign, 0, 0, _INF)
    if a._special == _INF:
        if b_zero:
            return _dec(sign, 1, 0)
        if b._sign:
            return _dec(sign, 0, 0)
        return _dec(sign, 0, 0, _INF)
    if b_zero:
        return _dec(sign, 1, 0)
    one = _power_of_one(a, b, sign, ctx, st)
    if one is not None:
        return one
    bound = _power_bounds(a, b, sign, ctx, st)
    if bound is not None:
        return bound
    if integral:
        return _power_int(a, b, sign, ctx, st)
    r = _power_real(a, b, ctx, st)
    if r._special == _FINITE and _cmp(r, _dec(0, 1, 0)) == 0:
        r = _dec(0, 10 ** (ctx._prec - 1), -(ctx._prec - 1))
    if r._special == _INF:
        r = _dec(0, 1, _EXP_INF)
    return _fix(r, ctx, st)


def _power_of_one(a, b, sign, ctx, st):
    """|a| == 1 (libmpdec _qcheck_pow_one): 1.00 ** 3 is 1.000000; None otherwise."""
    if _cmp_abs(a, _dec(0, 1, 0)) != 0:
        return None
    if _is_integral(b):
        if b._sign:
            return _dec(sign, 1, 0)
        shift = 0 if a._exp == 0 else (ctx._prec if _adjusted(b) > 18 else _as_int(b) * -a._exp)
        if shift > ctx._prec - 1:
            shift = ctx._prec - 1
            st[0] |= _ROUNDED
    else:
        shift = ctx._prec - 1
        st[0] |= _INEXACT | _ROUNDED
    return _dec(sign, 10 ** shift, -shift)


def _power_bounds(a, b, sign, ctx, st):
    """Certain overflow or underflow of a ** b (libmpdec _qcheck_pow_bounds), else None."""
    abs_a = a.copy_abs()
    lb_theta = _adjusted(b)
    lb_zeta = _lower_bound_zeta(abs_a)
    if ((_adjusted(abs_a) < 0) ^ b._sign) == 0:
        if _exp_digits(ctx._Emax) < lb_zeta + lb_theta:
            return _fix(_dec(sign, 1, _EXP_INF), ctx, st)
    else:
        if _exp_digits(ctx.Etiny()) < lb_zeta + lb_theta:
            return _fix(_dec(sign, 1, ctx.Etiny() - 1), ctx, st)
    return None


def _power_int(a, b, sign, ctx, st):
    """Integer powers (libmpdec _mpd_qpow_int): 1/a first for a negative exponent, then
    binary exponentiation, every product rounded to prec + digits(b) + exp(b) + 2 digits
    (half even); the result rounded to the context."""
    work = _work_context(ctx, ctx._prec + _ndigits(b._int) + b._exp + 2)
    if b._sign:
        object.__setattr__(work, '_prec', work._prec + 1)
        ws = [0]
        base = _div(_dec(0, 1, 0), a, work, ws)
        st[0] |= ws[0]
        if ws[0] & _ERRORS:
            return _fix(_dec(0, 0, 0, _QNAN), ctx, st)
    else:
        base = a
    n = abs(_as_int(b))
    if n < 2 ** 64:
        r = _power_uint(base, n, sign, work, st)
    else:
        r = _power_mpd(base, n, sign, work, st)
    if r._special == _INF:
        r = _dec(sign, 1, _EXP_INF)
    return _fix(r, ctx, st)


def _power_uint(base, n, sign, work, st):
    """Left-to-right binary exponentiation (libmpdec _mpd_qpow_uint)."""
    ws = [0]
    r = base
    bit = 1 << (n.bit_length() - 1)
    while True:
        bit >>= 1
        if not bit:
            break
        r = _mul(r, r, work, ws)
        if n & bit:
            r = _mul(r, base, work, ws)
        if r._special or (r._int == 0 and ws[0] & _CLAMPED):
            break
    st[0] |= ws[0]
    return _dec(sign, r._int, r._exp, r._special)


def _power_mpd(base, n, sign, work, st):
    """Right-to-left binary exponentiation for exponents beyond 64 bits (libmpdec
    _mpd_qpow_mpd)."""
    ws = [0]
    r = _dec(0, 1, 0)
    while n:
        if n & 1:
            r = _mul(r, base, work, ws)
            if r._special or (r._int == 0 and ws[0] & _CLAMPED):
                break
        base = _mul(base, base, work, ws)
        n >>= 1
        if base._special >= _QNAN or ws[0] & _ERRORS:
            r = _dec(0, 0, 0, _QNAN)
            break
    st[0] |= ws[0]
    return _dec(sign, r._int, r._exp, r._special)


def _power_real(a, b, ctx, st):
    """Non-integer powers (libmpdec _mpd_qpow_real): exp(b * ln(a)), each step correctly
    rounded (half even) to max(digits(a), prec) + 23 digits."""
    wp = max(_ndigits(a._int), ctx._prec) + 4 + 19
    work = _work_context(ctx, wp, True)
    ws = [0]
    r = _ln(a, work, ws)
    r = _mul(r, b, work, ws)
    r = _exp(r, work, ws)
    st[0] |= (ws[0] & _ERRORS) | _INEXACT | _ROUNDED
    return r


def _sqrt(a, ctx, st):
    nan = _nan_result(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._special == _INF:
        if a._sign:
            return _invalid(st)
        return a
    ideal = a._exp // 2
    if a._int == 0:
        return _fix(_dec(a._sign, 0, ideal), ctx, st)
    if a._sign:
        return _invalid(st)
    prec = ctx._prec
    coeff, exp = a._int, a._exp
    if exp % 2:
        coeff *= 10
        exp -= 1
    # Scale by 100**k so that the root has at least prec + 1 digits.
    k = prec + 1 - (_ndigits(coeff) + 1) // 2
    if k >= 0:
        n = coeff * 100 ** k
        rest = 0
    else:
        n, rest = divmod(coeff, 100 ** (-k))
    root = _math.isqrt(n)
    exact = root * root == n and rest == 0
    rexp = exp // 2 - k
    if not exact:
        if root % 5 == 0:
            root += 1
    else:
        while rexp < ideal and root % 10 == 0:
            root //= 10
            rexp += 1
    return _fix(_dec(0, root, rexp), ctx, st, ROUND_HALF_EVEN)


def _exp(a, ctx, st):
    nan = _nan_result(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._special == _INF:
        return _dec(0, 0, 0) if a._sign else _dec(0, 0, 0, _INF)
    if a._int == 0:
        return _dec(0, 1, 0)
    prec = ctx._prec
    st[0] |= _INEXACT | _ROUNDED
    if _adjusted(a) >= 19:
        big = True
    else:
        q = _exp_estimate(a) / 2.302585092994046
        big = q > ctx._Emax + 2 or q < ctx.Etiny() - 3
    if big:
        if a._sign:
            return _fix(_dec(0, 1, ctx.Etiny() - 10), ctx, st, ROUND_HALF_EVEN)
        return _fix(_dec(0, 1, _EXP_INF), ctx, st, ROUND_HALF_EVEN)
    c, e = _exp_value(a._int, a._exp, a._sign, prec)
    return _fix(_dec(0, c, e), ctx, st, ROUND_HALF_EVEN)


def _is_one(a):
    """Is a exactly 1 (1, 1.0, 1.00, ...)?"""
    return (a._special == _FINITE and a._sign == 0 and a._exp <= 0 and
            _ndigits(a._int) == 1 - a._exp and a._int == 10 ** (-a._exp))


def _ln(a, ctx, st):
    nan = _nan_result(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._special == _INF:
        if a._sign:
            return _invalid(st)
        return a
    if a._int == 0:
        return _dec(1, 0, 0, _INF)
    if a._sign:
        return _invalid(st)
    if _is_one(a):
        return _dec(0, 0, 0)
    st[0] |= _INEXACT | _ROUNDED
    sign, c, e = _ln_value(a._int, a._exp, ctx._prec)
    return _fix(_dec(sign, c, e), ctx, st, ROUND_HALF_EVEN)


def _log10(a, ctx, st):
    nan = _nan_result(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._special == _INF:
        if a._sign:
            return _invalid(st)
        return a
    if a._int == 0:
        return _dec(1, 0, 0, _INF)
    if a._sign:
        return _invalid(st)
    digits = _digits_str(a._int)
    if digits[0] == '1' and set(digits[1:]) <= {'0'}:
        # A power of ten: the exact integer exponent.
        return _fix(_from_int(a._exp + len(digits) - 1), ctx, st)
    st[0] |= _INEXACT | _ROUNDED
    sign, c, e = _log10_value(a._int, a._exp, ctx._prec)
    return _fix(_dec(sign, c, e), ctx, st, ROUND_HALF_EVEN)


# -- formatting ---------------------------------------------------------------

def _parse_format_spec(spec):
    """[[fill]align][sign][z][0][width][,][.precision][type] as a dict, or ValueError."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    thousands = ''
    if i < n and spec[i] == ',':
        thousands = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    ftype = None
    if i < n:
        ftype = spec[i]
        i += 1
        if ftype not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n:
        raise ValueError('invalid format string')
    padding_zeros = zeropad and fill is None and align is None
    if zeropad:
        if fill is None:
            fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return {'fill': fill, 'align': align, 'sign': sign, 'no_neg_0': no_neg_0, 'zeropad': zeropad,
            'padding_zeros': padding_zeros,
            'width': width, 'thousands': thousands, 'precision': precision, 'type': ftype}


def _round_significant(d, places, rounding):
    """d rounded to places significant digits (zero unchanged)."""
    if d._special or d._int == 0:
        return d
    r, _ = _rescale(d, _adjusted(d) + 1 - places, rounding)
    if _adjusted(r) != _adjusted(d):
        r, _ = _rescale(r, _adjusted(r) + 1 - places, rounding)
    return r


def _group(intpart, spec, min_width):
    """intpart with thousands separators, zero-padded to min_width characters when asked
    (padding zeros are grouped too)."""
    sep = spec['thousands']
    if not sep:
        return intpart.zfill(min_width) if min_width > len(intpart) else intpart
    groups = []
    rest = intpart
    need = max(min_width, 1)
    while True:
        size = min(max(len(rest), need, 1), 3)
        groups.append(rest[-size:].rjust(size, '0') if rest else '0' * size)
        rest = rest[:-size] if len(rest) > size else ''
        need -= size
        if not rest and need <= 0:
            break
        need -= len(sep)
    return sep.join(reversed(groups))


def _align(sign, body, spec):
    width = spec['width'] or 0
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    fill = spec['fill'] * padding
    align = spec['align']
    if align == '<':
        return sign + body + fill
    if align == '>':
        return fill + sign + body
    if align == '=':
        return sign + fill + body
    half = padding // 2
    return fill[:half] + sign + body + fill[half:]


def _sign_text(negative, spec):
    if negative:
        return '-'
    if spec['sign'] == '+':
        return '+'
    if spec['sign'] == ' ':
        return ' '
    return ''


def _format_decimal(d, specifier):
    spec = _parse_format_spec(specifier)
    ctx = getcontext()
    if d._special:
        body = d.copy_abs()._to_string(False, 1)
        if spec['type'] == '%':
            body += '%'
        if spec['padding_zeros']:
            # Infinities and NaNs are padded with spaces on the left.
            spec = dict(spec, fill=' ', align='>')
        return _align(_sign_text(d._sign, spec), body, spec)
    ftype = spec['type']
    if ftype is None:
        ftype = 'G' if ctx._capitals else 'g'
    if ftype == 'n':
        ftype = 'g'
    if ftype == '%':
        d = _dec(d._sign, d._int, d._exp + 2)
    rounding = ctx._rounding
    precision = spec['precision']
    if precision is not None:
        if ftype in 'eE':
            d = _round_significant(d, precision + 1, rounding)
        elif ftype in 'fF%':
            d, _ = _rescale(d, -precision, rounding)
        elif ftype in 'gG' and _ndigits(d._int) > max(precision, 1):
            d = _round_significant(d, max(precision, 1), rounding)
    if d._int == 0 and d._exp > 0 and ftype in 'fF%':
        d = _dec(d._sign, 0, 0)
    negative = d._sign == 1
    if negative and d._int == 0 and spec['no_neg_0']:
        negative = False
    digits = _digits_str(d._int)
    leftdigits = d._exp + len(digits)
    if ftype in 'eE':
        if d._int == 0 and precision is not None:
            dotplace = 1 - precision
        else:
            dotplace = 1
    elif ftype in 'fF%':
        dotplace = leftdigits
    else:
        if d._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    if fracpart:
        fracpart = '.' + fracpart
    if exp != 0 or ftype in 'eE':
        echar = 'E' if ftype in 'EG' else 'e'
        fracpart += '%s%+d' % (echar, exp)
    if ftype == '%':
        fracpart += '%'
    sign = _sign_text(negative, spec)
    if spec['zeropad']:
        min_width = (spec['width'] or 0) - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _group(intpart, spec, min_width)
    return _align(sign, intpart + fracpart, spec)


# ---------------------------------------------------------------------------
# Registration with the numeric tower
# ---------------------------------------------------------------------------

_numbers.Number.register(Decimal)
`;
