/**
 * operator: Python's operators as functions, and the itemgetter/attrgetter/methodcaller callables.
 * Implements every name of CPython 3.11's operator.__all__, the dunder aliases (__add__ is add,
 * ...) and _abs. Behaviour, reprs and error messages follow CPython 3.11's Modules/_operator.c:
 * countOf/indexOf compare `item is b or item == b` with the item on the left and report
 * "argument of type 'X' is not iterable"; length_hint asks len() only when the type has __len__,
 * falls back on a TypeError, then on __length_hint__ (a TypeError or NotImplemented from it gives
 * the default); itemgetter/attrgetter/methodcaller refuse keywords and subclassing as the C types
 * do, keep CPython's sizes (__sizeof__), reprs (recursive ones print `...`) and __reduce__.
 * attrgetter keeps its names as the C type does: a plain name, or the tuple of a dotted name's
 * parts.
 * NON-CPYTHON: written in Python for the kernel. The functions are Python functions:
 * `repr(operator.add)` is `<function add at 0x...>` instead of `<built-in function add>`, their
 * __module__ is 'operator' (not '_operator'), and calls with a wrong number of arguments or with
 * keywords (also calls of the getter objects) raise the messages of Python functions, not
 * CPython's `add expected 2 arguments, got 1`.
 * NON-CPYTHON: concat/iconcat only check that a is a sequence (has __getitem__, is not a dict),
 * then use + and += (CPython's sequence concat slot is not consulted first, and b need not be a
 * sequence); the getter objects show their slots in dir() and gc.get_referents (an itemgetter
 * also its single/multiple flag, after the item rather than after the type; a methodcaller
 * without keywords an empty dict).
 */
export const source = String.raw`"""Operator interface.

Every operator of the language as a plain function (operator.add(x, y) is x + y), the
same functions under their special-method names (__add__), and three callable factories:
itemgetter, attrgetter and methodcaller.
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem',
    'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv',
    'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior',
    'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
    'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg',
    'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

# The builtin, kept before this module's own abs() hides it.
_abs = abs


# ---- Rich comparisons -------------------------------------------------------------------

def lt(a, b, /):
    "Same as a < b."
    return a < b
__lt__ = lt

def le(a, b, /):
    "Same as a <= b."
    return a <= b
__le__ = le

def eq(a, b, /):
    "Same as a == b."
    return a == b
__eq__ = eq

def ne(a, b, /):
    "Same as a != b."
    return a != b
__ne__ = ne

def ge(a, b, /):
    "Same as a >= b."
    return a >= b
__ge__ = ge

def gt(a, b, /):
    "Same as a > b."
    return a > b
__gt__ = gt


# ---- Truth and identity -----------------------------------------------------------------

def not_(a, /):
    "Same as not a."
    return not a
__not__ = not_

def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b, /):
    "Same as a is b."
    return a is b

def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# ---- Arithmetic and bits ----------------------------------------------------------------

def abs(a, /):
    "Same as abs(a)."
    return _abs(a)
__abs__ = abs

def add(a, b, /):
    "Same as a + b."
    return a + b
__add__ = add

def sub(a, b, /):
    "Same as a - b."
    return a - b
__sub__ = sub

def mul(a, b, /):
    "Same as a * b."
    return a * b
__mul__ = mul

def matmul(a, b, /):
    "Same as a @ b."
    return a @ b
__matmul__ = matmul

def truediv(a, b, /):
    "Same as a / b."
    return a / b
__truediv__ = truediv

def floordiv(a, b, /):
    "Same as a // b."
    return a // b
__floordiv__ = floordiv

def mod(a, b, /):
    "Same as a % b."
    return a % b
__mod__ = mod

def pow(a, b, /):
    "Same as a ** b."
    return a ** b
__pow__ = pow

def neg(a, /):
    "Same as -a."
    return -a
__neg__ = neg

def pos(a, /):
    "Same as +a."
    return +a
__pos__ = pos

def inv(a, /):
    "Same as ~a."
    return ~a
__inv__ = inv

def invert(a, /):
    "Same as ~a."
    return ~a
__invert__ = invert

def lshift(a, b, /):
    "Same as a << b."
    return a << b
__lshift__ = lshift

def rshift(a, b, /):
    "Same as a >> b."
    return a >> b
__rshift__ = rshift

def and_(a, b, /):
    "Same as a & b."
    return a & b
__and__ = and_

def or_(a, b, /):
    "Same as a | b."
    return a | b
__or__ = or_

def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b
__xor__ = xor

def index(a, /):
    "Same as a.__index__()"
    # A range converts its bound exactly as CPython's PyNumber_Index does (same errors, an
    # exact int back, __index__ not called for int subclasses).
    return range(a).stop
__index__ = index


# ---- Containers -------------------------------------------------------------------------

def getitem(a, b, /):
    "Same as a[b]."
    return a[b]
__getitem__ = getitem

def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c
__setitem__ = setitem

def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]
__delitem__ = delitem

def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a
__contains__ = contains

def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if isinstance(a, dict) or not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b
__concat__ = concat

def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    try:
        items = iter(a)
    except TypeError:
        items = None
    if items is None:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__)
    found = 0
    for item in items:
        if item is b or item == b:
            found += 1
    return found

def indexOf(a, b, /):
    "Return the first index of b in a."
    try:
        items = iter(a)
    except TypeError:
        items = None
    if items is None:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__)
    for position, item in enumerate(items):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')

def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

This is useful for presizing containers when building from an iterable.

If the object supports len(), the result will be exact.
Otherwise, it may over- or under-estimate by an arbitrary amount.
The result will be an integer >= 0."""
    default = index(default)
    if not -(1 << 63) <= default < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    kind = type(obj)
    if hasattr(kind, '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    estimate = getattr(kind, '__length_hint__', None)
    if estimate is None:
        return default
    try:
        guess = estimate(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(guess).__name__)
    if not -(1 << 63) <= guess < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return index(guess)


# ---- Calls --------------------------------------------------------------------------------

def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)
__call__ = call


# ---- In-place forms (the result is what the statement would bind) ------------------------

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a
__iadd__ = iadd

def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a
__isub__ = isub

def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a
__imul__ = imul

def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a
__imatmul__ = imatmul

def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a
__itruediv__ = itruediv

def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a
__ifloordiv__ = ifloordiv

def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a
__imod__ = imod

def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a
__ipow__ = ipow

def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a
__ilshift__ = ilshift

def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a
__irshift__ = irshift

def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a
__iand__ = iand

def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a
__ior__ = ior

def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a
__ixor__ = ixor

def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if isinstance(a, dict) or not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a
__iconcat__ = iconcat


# ---- The getter objects --------------------------------------------------------------------
# Each is a final class (like the C types) holding what the C object holds; __sizeof__ gives
# the C object's size. _busy holds the ids of the objects whose repr is being built, so that a
# getter reachable from its own arguments prints as operator.NAME(...).

class itemgetter:
    """itemgetter(item, ...) --> itemgetter object

Return a callable object that fetches the given item(s) from its operand.
After f = itemgetter(2), the call f(r) returns r[2].
After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""

    __slots__ = ('_item', '_many')
    _busy = set()

    def __new__(cls, /, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        getter = object.__new__(cls)
        getter._many = len(items) > 1
        getter._item = items if getter._many else items[0]
        return getter

    def __init_subclass__(cls, /, **kwargs):
        raise TypeError("type 'operator.itemgetter' is not an acceptable base type")

    def __call__(self, obj, /):
        if self._many:
            return tuple([obj[key] for key in self._item])
        return obj[self._item]

    def __repr__(self):
        me = id(self)
        if me in itemgetter._busy:
            return 'operator.itemgetter(...)'
        itemgetter._busy.add(me)
        try:
            shown = repr(self._item)
            return 'operator.itemgetter' + (shown if self._many else '(' + shown + ')')
        finally:
            itemgetter._busy.discard(me)

    def __reduce__(self):
        return type(self), (self._item if self._many else (self._item,))

    def __sizeof__(self):
        return 48


class attrgetter:
    """attrgetter(attr, ...) --> attrgetter object

Return a callable object that fetches the given attribute(s) from its operand.
After f = attrgetter('name'), the call f(r) returns r.name.
After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
After h = attrgetter('name.first', 'name.last'), the call h(r) returns
(r.name.first, r.name.last)."""

    __slots__ = ('_paths',)

    def __new__(cls, /, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')) if '.' in attr else attr)
        getter = object.__new__(cls)
        getter._paths = tuple(paths)
        return getter

    def __init_subclass__(cls, /, **kwargs):
        raise TypeError("type 'operator.attrgetter' is not an acceptable base type")

    @staticmethod
    def _walk(obj, path):
        if type(path) is not tuple:
            return getattr(obj, path)
        for step in path:
            obj = getattr(obj, step)
        return obj

    def __call__(self, obj, /):
        paths = self._paths
        if len(paths) == 1:
            return attrgetter._walk(obj, paths[0])
        return tuple([attrgetter._walk(obj, path) for path in paths])

    def _names(self):
        return tuple(['.'.join(p) if type(p) is tuple else p for p in self._paths])

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join([repr(name) for name in self._names()])

    def __reduce__(self):
        return type(self), self._names()

    def __sizeof__(self):
        return 40


class methodcaller:
    """methodcaller(name, ...) --> methodcaller object

Return a callable object that calls the given method on its operand.
After f = methodcaller('name'), the call f(r) returns r.name().
After g = methodcaller('name', 'date', foo=1), the call g(r) returns
r.name('date', foo=1)."""

    __slots__ = ('_method', '_positional', '_keywords')
    _busy = set()

    def __new__(cls, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        caller = object.__new__(cls)
        caller._method = args[0]
        caller._positional = args[1:]
        caller._keywords = kwargs
        return caller

    def __init_subclass__(cls, /, **kwargs):
        raise TypeError("type 'operator.methodcaller' is not an acceptable base type")

    def __call__(self, obj, /):
        bound = getattr(obj, self._method)
        return bound(*self._positional, **self._keywords)

    def __repr__(self):
        me = id(self)
        if me in methodcaller._busy:
            return 'operator.methodcaller(...)'
        methodcaller._busy.add(me)
        try:
            parts = [repr(value) for value in self._positional]
            for name, value in self._keywords.items():
                parts.append(name + '=' + repr(value))
            parts.insert(0, repr(self._method))
            return 'operator.methodcaller(' + ', '.join(parts) + ')'
        finally:
            methodcaller._busy.discard(me)

    def __reduce__(self):
        cls = type(self)
        if not self._keywords:
            return cls, (self._method,) + self._positional
        import functools
        return functools.partial(cls, self._method, **self._keywords), self._positional

    def __sizeof__(self):
        return 40
`;
