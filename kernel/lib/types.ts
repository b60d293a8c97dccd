/**
 * types: names for the interpreter's types that have no builtin name (FunctionType, CodeType,
 * CellType, GeneratorType, MethodType, ModuleType, FrameType, the descriptor types...),
 * SimpleNamespace, MappingProxyType, GenericAlias, UnionType, the class-creation helpers
 * new_class / resolve_bases / prepare_class, DynamicClassAttribute and coroutine.
 * CPython 3.11: Lib/types.py, Objects/namespaceobject.c (SimpleNamespace),
 * Objects/descrobject.c (mappingproxy); behaviour as documented for the types module.
 * Written for the kernel: each type name is taken from an object of that type that the kernel
 * makes, so it names the kernel's own type.
 * NON-CPYTHON: a type the kernel does not have is left out of the module (CoroutineType and
 * AsyncGeneratorType when `async def` functions make plain generators). SimpleNamespace is a Python class (CPython's is
 * written in C, so its size, its method types and the name in "unhashable type" differ). MappingProxyType is a Python class
 * with mappingproxy's behaviour while the kernel's mappingproxy cannot be called.
 * types.coroutine() returns generator functions unchanged: the kernel cannot set
 * CO_ITERABLE_COROUTINE on a code object.
 */
export const source = String.raw`"""Define names for built-in types that aren't directly accessible as a builtin."""

import sys


def _kind(make, name=None):
    """The type of the object make() builds, if the kernel can build it (and, when a name is
    given, only if the type really is that one)."""
    try:
        kind = type(make())
    except Exception:
        return None
    if name is not None and kind.__name__ != name:
        return None
    return kind


def _plain():
    pass


class _Holder:
    __slots__ = ('slot',)

    def method(self):
        pass


def _cell():
    captured = None
    return (lambda: captured).__closure__[0]


def _generator():
    yield


def _coroutine():
    async def body():
        pass
    made = body()
    made.close()
    return made


def _async_generator():
    async def body():
        yield
    return body()


def _traceback():
    try:
        raise LookupError
    except LookupError as exc:
        return exc.__traceback__


FunctionType = LambdaType = type(_plain)
CodeType = type(_plain.__code__)
CellType = _kind(_cell)
GeneratorType = _kind(_generator)
CoroutineType = _kind(_coroutine, 'coroutine')
AsyncGeneratorType = _kind(_async_generator, 'async_generator')
MethodType = type(_Holder().method)
BuiltinFunctionType = BuiltinMethodType = type(len)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
TracebackType = _kind(_traceback)
FrameType = _kind(lambda: sys._getframe())
GetSetDescriptorType = _kind(lambda: type(_plain).__dict__['__code__'])
MemberDescriptorType = type(_Holder.__dict__['slot'])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
GenericAlias = type(list[int])
UnionType = _kind(lambda: int | str)

for _name in ('CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType',
              'TracebackType', 'FrameType', 'GetSetDescriptorType'):
    if globals()[_name] is None:
        del globals()[_name]


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _in_repr:
            return name + '(...)'
        _in_repr.add(id(self))
        try:
            fields = ', '.join(['%s=%r' % item for item in self.__dict__.items()])
        finally:
            _in_repr.discard(id(self))
        return '%s(%s)' % (name, fields)

    def __reduce__(self):
        return type(self), (), self.__dict__

    __hash__ = None


def _namespace_comparison(compare):
    # Two namespaces compare as their __dict__s do, for every operator (namespace_richcompare).
    def method(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return compare(self.__dict__, other.__dict__)
        return NotImplemented
    return method


_in_repr = set()
SimpleNamespace.__module__ = 'types'
for _name, _compare in (('__eq__', lambda a, b: a == b), ('__ne__', lambda a, b: a != b),
                        ('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                        ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
    setattr(SimpleNamespace, _name, _namespace_comparison(_compare))


def _callable_mappingproxy():
    kind = type(type.__dict__)
    try:
        kind({})
    except TypeError:
        return None
    return kind


class _MappingProxy:
    """Read-only proxy of a mapping."""
    __slots__ = ('_target',)

    def __new__(cls, mapping):
        if (not hasattr(type(mapping), '__getitem__') or not hasattr(type(mapping), 'keys')
                or isinstance(mapping, (list, tuple))):
            raise TypeError('mappingproxy() argument must be a mapping, not %s' % type(mapping).__name__)
        proxy = object.__new__(cls)
        object.__setattr__(proxy, '_target', mapping)
        return proxy

    def __getitem__(self, key):
        return self._target[key]

    def __contains__(self, key):
        return key in self._target

    def __iter__(self):
        return iter(self._target)

    def __reversed__(self):
        return reversed(self._target)

    def __len__(self):
        return len(self._target)

    def __eq__(self, other):
        return self._target == other

    def __or__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._target
        return self._target | other

    def __ror__(self, other):
        return other | self._target

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._target,)

    def __str__(self):
        return str(self._target)

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % name)

    def get(self, key, default=None):
        return self._target.get(key, default)

    def keys(self):
        return self._target.keys()

    def values(self):
        return self._target.values()

    def items(self):
        return self._target.items()

    def copy(self):
        return self._target.copy()

    __hash__ = None


MappingProxyType = _callable_mappingproxy()
if MappingProxyType is None:
    MappingProxyType = _MappingProxy
    MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
    MappingProxyType.__module__ = 'builtins'


def resolve_bases(bases):
    """Replace each base that is not a class by what its __mro_entries__(bases) returns
    (PEP 560); the original tuple comes back when nothing changed."""
    resolved = []
    changed = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(replacement)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if not issubclass(candidate, winner):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                            '(non-strict) subclass of the metaclasses of all its bases')
        winner = candidate
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass a class statement would use and call its __prepare__.
    Returns (metaclass, namespace, keywords left for the metaclass)."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement does: resolve the bases, prepare the namespace,
    let exec_body(namespace) fill it, then call the metaclass."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


class DynamicClassAttribute:
    """A property on instances that, looked up on the class, raises AttributeError so that the
    metaclass's __getattr__ answers instead (enum uses it for name and value)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, fget, fset, fdel, doc):
        copy = type(self)(fget, fset, fdel, doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return self._with(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


__all__ = [name for name in ('FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
                             'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
                             'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
                             'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
                             'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
                             'TracebackType', 'FrameType', 'GetSetDescriptorType',
                             'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
                             'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType',
                             'EllipsisType', 'NoneType', 'NotImplementedType')
           if globals().get(name) is not None]
del sys, _kind, _plain, _Holder, _cell, _generator, _coroutine, _async_generator, _traceback
del _name, _compare, _callable_mappingproxy
`;
