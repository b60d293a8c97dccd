/**
 * abc: abstract base classes (PEP 3119): ABCMeta with register() and the isinstance/issubclass
 * hooks, ABC, abstractmethod (and the deprecated abstractclassmethod, abstractstaticmethod,
 * abstractproperty), get_cache_token, update_abstractmethods.
 * CPython 3.11: Lib/abc.py over Modules/_abc.c; behaviour as documented for the abc module.
 * Written for the kernel: each ABC keeps an `_abc_impl` record (type `_abc._abc_data`, as in
 * CPython) holding its registry and its positive and negative caches as sets of weak references.
 * NON-CPYTHON: `__abc_tpflags__` (the SEQUENCE/MAPPING flags `match` reads) is taken out of
 * the class as CPython does, but the flags cannot be set on a type from Python, so a class made
 * a Sequence or Mapping only by register() is not matched by sequence/mapping patterns.
 * Left out: the `_dump_registry` debugging helper.
 */
export const source = String.raw`"""Abstract Base Classes (ABCs) according to PEP 3119."""

from _weakref import ref as _weak


def abstractmethod(funcobj):
    """Mark a method abstract: a class that has one cannot be instantiated until a subclass
    overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _mark_abstract(callable):
    callable.__isabstractmethod__ = True
    return callable


class abstractclassmethod(classmethod):
    """Deprecated: stack @classmethod on @abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        classmethod.__init__(self, _mark_abstract(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: stack @staticmethod on @abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        staticmethod.__init__(self, _mark_abstract(callable))


class abstractproperty(property):
    """Deprecated: stack @property on @abstractmethod instead."""
    __isabstractmethod__ = True


# Every register() bumps the token; a negative cache filled under an older token is stale.
_token = 0


def get_cache_token():
    """The current ABC cache token: it changes whenever any ABC gets a new virtual subclass."""
    return _token


class _WeakClasses:
    """A set of classes held through weak references, so that remembering a class in an
    ABC's registry or caches does not keep it alive."""
    __slots__ = ('refs',)

    def __init__(self):
        self.refs = set()

    def add(self, cls):
        # The callback reaches the set through a weak reference too: no cycle through it.
        home = _weak(self.refs)

        def forget(dead):
            refs = home()
            if refs is not None:
                refs.discard(dead)
        self.refs.add(_weak(cls, forget))

    def __contains__(self, cls):
        if not self.refs:
            return False
        try:
            return _weak(cls) in self.refs
        except TypeError:
            return False

    def __iter__(self):
        return iter([cls for cls in [r() for r in list(self.refs)] if cls is not None])

    def clear(self):
        self.refs.clear()


class _abc_data:
    """Internal state held by ABC machinery."""
    __slots__ = ('registry', 'cache', 'negative', 'negative_token')

    def __init__(self):
        self.registry = _WeakClasses()
        self.cache = _WeakClasses()
        self.negative = _WeakClasses()
        self.negative_token = _token


_abc_data.__module__ = '_abc'


def _state(cls):
    state = getattr(cls, '_abc_impl', None)
    if type(state) is not _abc_data:
        raise TypeError('_abc_impl is set to a wrong type')
    return state


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def _abstract_names(cls, own):
    """The names still abstract in cls: those of its own namespace 'own' that are marked
    abstract, and those abstract in a base that cls still resolves to an abstract value."""
    names = {name for name, value in own.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of abstract base classes: it computes __abstractmethods__, and lets any class
    be declared a virtual subclass with register() or recognised by __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace)
        if '__abc_tpflags__' in namespace:
            del cls.__abc_tpflags__
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it, so it works as a decorator."""
        global _token
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _state(cls).registry.add(subclass)
        _token += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls): by the instance's __class__, then by its type."""
        state = _state(cls)
        declared = instance.__class__
        if declared in state.cache:
            return True
        actual = type(instance)
        if actual is declared:
            if state.negative_token == _token and declared in state.negative:
                return False
            return cls.__subclasscheck__(declared)
        return cls.__subclasscheck__(declared) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls): caches, __subclasshook__, real bases, the registry, then
        the subclasses of cls (so registering with a base covers its ABC subclasses too)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = _state(cls)
        if subclass in state.cache:
            return True
        if state.negative_token < _token:
            state.negative = _WeakClasses()
            state.negative_token = _token
        elif subclass in state.negative:
            return False
        verdict = _decide(cls, subclass, state)
        (state.cache if verdict else state.negative).add(subclass)
        return verdict

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass (for tests)."""
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Empty both caches (for tests)."""
        state = _state(cls)
        state.cache.clear()
        state.negative.clear()


def _decide(cls, subclass, state):
    hook = cls.__subclasshook__(subclass)
    if hook is not NotImplemented:
        if hook is not True and hook is not False:
            raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
        return hook
    if cls in subclass.__mro__:
        return True
    for registered in state.registry:
        if issubclass(subclass, registered):
            return True
    below = cls.__subclasses__()
    if not isinstance(below, list):
        raise TypeError('__subclasses__() must return a list')
    return any(issubclass(subclass, scls) for scls in below)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced on an ABC."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from ABC to make an abstract base class without naming the metaclass."""
    __slots__ = ()
`;
