/**
 * types: names for the interpreter's built-in types, SimpleNamespace, MappingProxyType,
 * GenericAlias, new_class/resolve_bases/prepare_class, DynamicClassAttribute, coroutine.
 * CPython 3.11: Lib/types.py (documented behaviour), Objects/namespaceobject.c
 * (SimpleNamespace), Objects/descrobject.c (mappingproxy), Objects/genericaliasobject.c.
 * NON-CPYTHON: SimpleNamespace is a Python class; mappingproxy and GenericAlias are the
 * kernel's own types when it has them, Python classes otherwise. A type the kernel lacks
 * (e.g. frames, tracebacks, cells before they exist) is left out of the module.
 */
export const source = String.raw`"""Define names for built-in types that aren't directly accessible as a builtin."""
import sys


def _type_of(make):
    try:
        return type(make())
    except Exception:
        return None


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = _type_of(lambda: _f.__code__)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = _type_of(_cell_factory)
del _cell_factory


def _g():
    yield 1
GeneratorType = type(_g())


def _make_coroutine():
    async def _c(): pass
    c = _c()
    c.close()
    return c
CoroutineType = _type_of(_make_coroutine)
del _make_coroutine


def _make_async_generator():
    async def _ag():
        yield
    return _ag()
AsyncGeneratorType = _type_of(_make_async_generator)
del _make_async_generator


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

WrapperDescriptorType = _type_of(lambda: object.__init__)
MethodWrapperType = _type_of(lambda: object().__str__)
MethodDescriptorType = _type_of(lambda: str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame) if exc.__traceback__ is not None else None

GetSetDescriptorType = _type_of(lambda: FunctionType.__code__)
MemberDescriptorType = _type_of(lambda: FunctionType.__globals__)

del sys, _f, _g, _C, _type_of


_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


def _kernel_mappingproxy():
    # The kernel's own mappingproxy, if it has one that can be constructed.
    try:
        mp = type(type.__dict__)
        if mp is dict or mp({'probe': 1})['probe'] != 1:
            return None
        return mp
    except Exception:
        return None


MappingProxyType = _kernel_mappingproxy()
if MappingProxyType is None:
    class MappingProxyType:
        """Read-only proxy of a mapping."""
        __slots__ = ('_mapping',)

        def __new__(cls, mapping):
            if (isinstance(mapping, (list, tuple)) or not hasattr(type(mapping), '__getitem__')
                    or not hasattr(type(mapping), 'keys')):
                raise TypeError('mappingproxy() argument must be a mapping, not %s'
                                % type(mapping).__name__)
            self = object.__new__(cls)
            object.__setattr__(self, '_mapping', mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __or__(self, other):
            if isinstance(other, MappingProxyType):
                other = other._mapping
            return self._mapping | other

        def __ror__(self, other):
            if isinstance(other, MappingProxyType):
                other = other._mapping
            return other | self._mapping

        def __str__(self):
            return str(self._mapping)

        def __repr__(self):
            return 'mappingproxy(%r)' % (self._mapping,)

        def __setattr__(self, name, value):
            raise AttributeError("'mappingproxy' object has no attribute %r" % name)

    MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
    MappingProxyType.__module__ = 'builtins'
del _kernel_mappingproxy


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


def _kernel_generic_alias():
    # The kernel's own GenericAlias, if list[int] exists and its type can be called and
    # subclassed (collections.abc.Callable's alias is a subclass).
    try:
        ga = type(list[int])
        ga(list, (int,))
        type('_Probe', (ga,), {})
        return ga
    except Exception:
        return None


GenericAlias = _kernel_generic_alias()
del _kernel_generic_alias
if GenericAlias is None:
    class GenericAlias:
        """Represent a PEP 585 generic type"""

        def __new__(cls, origin, args):
            self = object.__new__(cls)
            if not isinstance(args, tuple):
                args = (args,)
            object.__setattr__(self, '__origin__', origin)
            object.__setattr__(self, '__args__', args)
            params = []
            for a in args:
                for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                    if p not in params:
                        params.append(p)
                if hasattr(a, '__typing_subst__') and a not in params:
                    params.append(a)
            object.__setattr__(self, '__parameters__', tuple(params))
            object.__setattr__(self, '__unpacked__', False)
            return self

        def __init__(self, origin, args):
            pass

        def __call__(self, *args, **kwargs):
            result = self.__origin__(*args, **kwargs)
            try:
                result.__orig_class__ = self
            except AttributeError:
                pass
            return result

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __setattr__(self, name, value):
            raise AttributeError('readonly attribute')

        def __repr__(self):
            args = self.__args__
            if not args:
                inner = '()'
            else:
                inner = ', '.join(_type_repr(a) for a in args)
            return '%s[%s]' % (_type_repr(self.__origin__), inner)

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __getitem__(self, items):
            params = self.__parameters__
            if not params:
                raise TypeError('%r is not a generic class' % (self,))
            if not isinstance(items, tuple):
                items = (items,)
            if len(items) != len(params):
                raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                                % ('many' if len(items) > len(params) else 'few',
                                   self, len(items), len(params)))
            subst = dict(zip(params, items))
            new_args = []
            for a in self.__args__:
                if a in subst:
                    new_args.append(subst[a])
                elif getattr(a, '__parameters__', None):
                    new_args.append(a[tuple(subst.get(p, p) for p in a.__parameters__)])
                else:
                    new_args.append(a)
            return GenericAlias(self.__origin__, tuple(new_args))

        def __instancecheck__(self, obj):
            raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

        def __subclasscheck__(self, cls):
            raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

        def __reduce__(self):
            return GenericAlias, (self.__origin__, self.__args__)

        def __or__(self, other):
            import typing
            return typing.Union[self, other]

        def __ror__(self, other):
            import typing
            return typing.Union[other, self]

    GenericAlias.__module__ = 'types'

try:
    UnionType = type(int | str)
except TypeError:
    UnionType = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__."""
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    # NON-CPYTHON: the kernel cannot flip CO_ITERABLE_COROUTINE on a code object;
    return func


__all__ = [n for n in globals() if n[:1] != '_' and globals()[n] is not None]
`;
