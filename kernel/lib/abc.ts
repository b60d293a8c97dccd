/**
 * abc: abstract base classes (ABCMeta, ABC, abstractmethod, register, the isinstance and
 * issubclass hooks and their caches).
 * CPython 3.11: Lib/abc.py and Modules/_abc.c (the C implementation of ABCMeta's machinery).
 * NON-CPYTHON: the registry and caches live in a Python `_abc_data` object; they hold weak
 * references when a weakref module is importable, strong references otherwise. Setting the
 * SEQUENCE/MAPPING type flags (`__abc_tpflags__`, used by `match`) needs the optional kernel hook
 * `_abc._set_collection_flags(cls, flags)`; without it the flags are not set.
 */
export const source = String.raw`"""Abstract Base Classes (ABCs) according to PEP 3119."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties."""

    __isabstractmethod__ = True


# Weak references to classes when the kernel offers them (as Modules/_abc.c keeps).
try:
    from _weakref import ref as _weakref_ref
except ImportError:
    try:
        from weakref import ref as _weakref_ref
    except ImportError:
        _weakref_ref = None

try:
    from _abc import _set_collection_flags
except ImportError:
    _set_collection_flags = None

# Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)

# Bumped by every register(): negative caches older than it are stale.
_abc_invalidation_counter = 0


class _abc_data:
    """The per-class state of an ABC: its registry and its positive and negative caches."""

    __slots__ = ('_abc_registry', '_abc_cache', '_abc_negative_cache', '_abc_negative_cache_version',
                 '_abc_tpflags')

    def __init__(self):
        self._abc_tpflags = 0
        self._abc_registry = set()
        self._abc_cache = set()
        self._abc_negative_cache = set()
        self._abc_negative_cache_version = _abc_invalidation_counter


if _weakref_ref is not None:
    def _set_add(s, obj):
        def _destroy(wr, s=s):
            s.discard(wr)
        s.add(_weakref_ref(obj, _destroy))

    def _set_has(s, obj):
        if not s:
            return False
        try:
            return _weakref_ref(obj) in s
        except TypeError:
            return False

    def _set_items(s):
        result = []
        for wr in list(s):
            obj = wr()
            if obj is not None:
                result.append(obj)
        return result
else:
    # NON-CPYTHON: without weak references, registered and cached classes are kept alive.
    def _set_add(s, obj):
        s.add(obj)

    def _set_has(s, obj):
        return obj in s

    def _set_items(s):
        return list(s)


_abc_data.__module__ = '_abc'


def _get_impl(cls):
    impl = getattr(cls, '_abc_impl', None)
    if type(impl) is not _abc_data:
        raise TypeError('_abc_impl is set to a wrong type')
    return impl


def _compute_abstract_methods(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstract_methods(cls, namespace, bases)
        cls._abc_impl = _abc_data()
        if '__abc_tpflags__' in namespace:
            flags = namespace['__abc_tpflags__'] & _COLLECTION_FLAGS
            cls._abc_impl._abc_tpflags = flags
            if _set_collection_flags is not None:
                _set_collection_flags(cls, flags)
            try:
                delattr(cls, '__abc_tpflags__')
            except AttributeError:
                pass
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _set_add(_get_impl(cls)._abc_registry, subclass)
        _abc_invalidation_counter += 1
        if _set_collection_flags is not None:
            flags = _collection_flags_of(cls)
            if flags:
                _set_collection_flags(subclass, flags)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = _get_impl(cls)
        subclass = instance.__class__
        if _set_has(impl._abc_cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl._abc_negative_cache_version == _abc_invalidation_counter and
                    _set_has(impl._abc_negative_cache, subclass)):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = _get_impl(cls)
        if _set_has(impl._abc_cache, subclass):
            return True
        if impl._abc_negative_cache_version < _abc_invalidation_counter:
            impl._abc_negative_cache = set()
            impl._abc_negative_cache_version = _abc_invalidation_counter
        elif _set_has(impl._abc_negative_cache, subclass):
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
            if ok:
                _set_add(impl._abc_cache, subclass)
            else:
                _set_add(impl._abc_negative_cache, subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            _set_add(impl._abc_cache, subclass)
            return True
        for rcls in _set_items(impl._abc_registry):
            if issubclass(subclass, rcls):
                _set_add(impl._abc_cache, subclass)
                return True
        subclasses = cls.__subclasses__()
        if not isinstance(subclasses, list):
            raise TypeError('__subclasses__() must return a list')
        for scls in subclasses:
            if issubclass(subclass, scls):
                _set_add(impl._abc_cache, subclass)
                return True
        _set_add(impl._abc_negative_cache, subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = _get_impl(cls)
        print(f"_abc_registry: {set(_set_items(impl._abc_registry))!r}", file=file)
        print(f"_abc_cache: {set(_set_items(impl._abc_cache))!r}", file=file)
        print(f"_abc_negative_cache: {set(_set_items(impl._abc_negative_cache))!r}", file=file)
        print(f"_abc_negative_cache_version: {impl._abc_negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _get_impl(cls)._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        impl = _get_impl(cls)
        impl._abc_cache.clear()
        impl._abc_negative_cache.clear()


def _collection_flags_of(cls):
    for base in cls.__mro__:
        impl = base.__dict__.get('_abc_impl')
        if type(impl) is _abc_data and impl._abc_tpflags:
            return impl._abc_tpflags
    return 0


def _kernel_checks_abstract():
    """Whether object.__new__ refuses classes with __abstractmethods__ (Py_TPFLAGS_IS_ABSTRACT)."""
    class _Probe:
        pass
    _Probe.__abstractmethods__ = frozenset({'probe'})
    try:
        _Probe()
    except TypeError:
        return True
    return False


if not _kernel_checks_abstract():
    # NON-CPYTHON: CPython's object_new raises this; a kernel without the flag gets it here.
    def __call__(cls, /, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return type.__call__(cls, *args, **kwargs)
    ABCMeta.__call__ = __call__
    del __call__


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls

    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def get_cache_token():
    """Returns the current ABC cache token."""
    return _abc_invalidation_counter


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
`;
