/**
 * weakref: the public weak-reference module (PEP 205), over the builtin _weakref and
 * _weakrefset modules.
 * Implements: ref, proxy, getweakrefcount, getweakrefs and the types from _weakref; WeakMethod;
 * WeakValueDictionary (values held by KeyedRef, which carries its key); WeakKeyDictionary;
 * WeakSet (from _weakrefset); finalize (a registry of live finalizers, run at exit newest first
 * with the collector disabled).
 * The containers keep CPython's objects and timing, which the reference counts and collections
 * of a program show: each owns a `_remove` callback function that reaches the container
 * through a weakref default (no cycle), a `_pending_removals` list and an `_iterating` set of
 * _IterationGuards. An entry whose object dies is removed by the callback at once, or, while
 * an iteration is under way, queued and removed at the next operation that settles the queue
 * (WeakValueDictionary removes a queued key only if its weakref is still dead). Iterations are
 * generators: their guard is entered at the first next() and left when they finish or are
 * released, and a suspended iteration holds the value it last produced.
 * NON-CPYTHON: written for the kernel (CPython 3.11: Lib/weakref.py has the same behaviour).
 * finalize numbers its instances with a plain counter instead of itertools.count().
 */
export const source = String.raw`"""Weak reference support for Python (PEP 205)."""

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet, _IterationGuard
import _collections_abc
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_collections_abc.MutableSet.register(WeakSet)


### WeakMethod

class WeakMethod(ref):
    """
    A custom weakref.ref subclass which simulates a weak reference to
    a bound method, working around the lifetime problem of bound methods.
    """

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not %s" % type(meth)) from None

        def _cb(arg):
            # Runs when the instance or the function dies, whichever is first. The
            # WeakMethod is reached through a weakref so that it and _cb form no cycle.
            self = self_wr()
            if not self._alive:
                return
            self._alive = False
            if callback is not None:
                callback(self)

        self = ref.__new__(cls, target, _cb)
        self._func_ref = ref(function, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        target = super().__call__()
        function = self._func_ref()
        if target is None or function is None:
            return None
        return self._meth_type(function, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        # Equal when both the instances and the functions are.
        same_target = ref.__eq__(self, other)
        return same_target and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        other_target = ref.__ne__(self, other)
        return other_target or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


### Shared by the weak mappings

def _settle(mapping):
    # Applies the removals queued while the mapping was being iterated.
    if mapping._pending_removals:
        mapping._commit_removals()


def _mapping_repr(self):
    return "<%s at %#x>" % (type(self).__name__, id(self))


def _union(self, other):
    if not isinstance(other, _collections_abc.Mapping):
        return NotImplemented
    merged = self.copy()
    merged.update(other)
    return merged


def _reflected_union(self, other):
    if not isinstance(other, _collections_abc.Mapping):
        return NotImplemented
    merged = self.__class__()
    merged.update(other)
    merged.update(self)
    return merged


def _inplace_union(self, other):
    self.update(other)
    return self


def _copy_values(source, twin, convert_key):
    # Fills twin with source's live items (keys converted by convert_key).
    with _IterationGuard(source):
        for key, vref in source.data.items():
            value = vref()
            if value is not None:
                twin[key if convert_key is None else convert_key(key)] = value
    return twin


def _copy_keys(source, twin, convert_value):
    with _IterationGuard(source):
        for kref, value in source.data.items():
            key = kref()
            if key is not None:
                twin[key] = value if convert_value is None else convert_value(value)
    return twin


### WeakValueDictionary

class KeyedRef(ref):
    """A weak reference that carries the key its value is stored under, for a shared callback."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _value_callback(owner):
    # The callback of every KeyedRef of a WeakValueDictionary (the mapping is held weakly).
    # A dead entry is removed only while its weakref is still dead: the key may have been
    # given a new value meanwhile.
    def remove(wr, selfref=ref(owner), _atomic_removal=_remove_dead_weakref):
        mapping = selfref()
        if mapping is None:
            return
        if mapping._iterating:
            mapping._pending_removals.append(wr.key)
        else:
            _atomic_removal(mapping.data, wr.key)
    return remove


class WeakValueDictionary(_collections_abc.MutableMapping):
    """Mapping class that references values weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._remove = _value_callback(self)
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self, _atomic_removal=_remove_dead_weakref):
        queued = self._pending_removals
        table = self.data
        while queued:
            _atomic_removal(table, queued.pop())

    def __getitem__(self, key):
        _settle(self)
        target = self.data[key]()
        if target is None:
            raise KeyError(key)
        return target

    def __delitem__(self, key):
        _settle(self)
        del self.data[key]

    def __len__(self):
        _settle(self)
        return len(self.data)

    def __contains__(self, key):
        _settle(self)
        try:
            target = self.data[key]()
        except KeyError:
            return False
        return target is not None

    __repr__ = _mapping_repr

    def __setitem__(self, key, value):
        _settle(self)
        vref = KeyedRef(value, self._remove, key)
        self.data[key] = vref

    def copy(self):
        _settle(self)
        return _copy_values(self, WeakValueDictionary(), None)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        _settle(self)
        return _copy_values(self, self.__class__(), lambda key: deepcopy(key, memo))

    def get(self, key, default=None):
        _settle(self)
        vref = self.data.get(key)
        if vref is None:
            return default
        target = vref()
        return default if target is None else target

    def items(self):
        _settle(self)
        with _IterationGuard(self):
            for key, vref in self.data.items():
                value = vref()
                if value is not None:
                    yield key, value

    def keys(self):
        _settle(self)
        with _IterationGuard(self):
            for key, vref in self.data.items():
                if vref() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        """Return an iterator that yields the weak references to the values (check that they are live)."""
        _settle(self)
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        _settle(self)
        with _IterationGuard(self):
            for vref in self.data.values():
                value = vref()
                if value is not None:
                    yield value

    def popitem(self):
        _settle(self)
        while True:
            key, vref = self.data.popitem()
            value = vref()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        _settle(self)
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is not None:
            return value
        _settle(self)
        vref = KeyedRef(default, self._remove, key)
        self.data[key] = vref
        return default

    def update(self, other=None, /, **kwargs):
        _settle(self)
        table, callback = self.data, self._remove
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                table[key] = KeyedRef(value, callback, key)
        for key, value in kwargs.items():
            table[key] = KeyedRef(value, callback, key)

    def valuerefs(self):
        """Return a list of weak references to the values (check that they are live)."""
        _settle(self)
        refs = self.data.values()
        return list(refs)

    __ior__ = _inplace_union
    __or__ = _union
    __ror__ = _reflected_union


### WeakKeyDictionary

def _key_callback(owner):
    # The callback of every key weakref of a WeakKeyDictionary (the mapping is held weakly).
    def remove(k, selfref=ref(owner)):
        mapping = selfref()
        if mapping is None:
            return
        if mapping._iterating:
            mapping._pending_removals.append(k)
            return
        try:
            del mapping.data[k]
        except KeyError:
            pass
    return remove


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """Mapping class that references keys weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_callback(self)
        self._pending_removals = []
        self._iterating = set()
        # Set by explicit removals: the pending list may then name keys already gone.
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        # A dead weakref equals no live one, so a late removal is harmless; the key may be
        # gone already.
        queued = self._pending_removals
        table = self.data
        while queued:
            table.pop(queued.pop(), None)

    def _scrub_removals(self):
        table = self.data
        self._pending_removals = [k for k in self._pending_removals if k in table]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    __repr__ = _mapping_repr

    def __setitem__(self, key, value):
        kref = ref(key, self._remove)
        self.data[kref] = value

    def copy(self):
        return _copy_keys(self, WeakKeyDictionary(), None)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        return _copy_keys(self, self.__class__(), lambda value: deepcopy(value, memo))

    def get(self, key, default=None):
        table = self.data
        return table.get(ref(key), default)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def items(self):
        with _IterationGuard(self):
            for kref, value in self.data.items():
                key = kref()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for kref in self.data:
                key = kref()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for kref, value in self.data.items():
                if kref() is not None:
                    yield value

    def keyrefs(self):
        """Return a list of weak references to the keys (check that they are live)."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            kref, value = self.data.popitem()
            key = kref()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        self._dirty_len = True
        table = self.data
        return table.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        table = self.data
        return table.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        table, callback = self.data, self._remove
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for obj, value in dict.items():
                table[ref(obj, callback)] = value
        if kwargs:
            self.update(kwargs)

    __ior__ = _inplace_union
    __or__ = _union
    __ror__ = _reflected_union


### finalize

class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj dies, when called, or at exit."""

    # A finalizer has no state of its own: it is the key of its _Info in the registry and
    # the callback of the weakref to obj, so it never takes part in a reference cycle.
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _created = 0
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        entry = self._Info()
        entry.weakref = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs or None
        entry.atexit = True
        entry.index = finalize._created
        finalize._created += 1
        finalize._registry[self] = entry
        finalize._dirty = True

    def _entry(self):
        # The registry entry while the finalizer is alive, else None.
        return finalize._registry.get(self)

    def _live(self):
        # (entry, obj) while the finalizer is alive and obj exists, else None.
        entry = self._entry()
        if entry is None:
            return None
        target = entry.weakref()
        return None if target is None else (entry, target)

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        entry = finalize._registry.pop(self, None)
        if entry is None or finalize._shutdown:
            return None
        return entry.func(*entry.args, **(entry.kwargs or {}))

    def _summary(self, live):
        entry, target = live
        return (target, entry.func, entry.args, entry.kwargs or {})

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        live = self._live()
        if live is not None and finalize._registry.pop(self, None):
            return self._summary(live)

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        live = self._live()
        if live is not None:
            return self._summary(live)

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self._entry() is not None

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        entry = self._entry()
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = self._entry()
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        live = self._live()
        name = type(self).__name__
        if live is None:
            return '<%s object at %#x; dead>' % (name, id(self))
        target = live[1]
        return '<%s object at %#x; for %r at %#x>' % (name, id(self), type(target).__name__, id(target))

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers to run at exit, oldest first (they are run from the end).
        chosen = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # At interpreter exit: the pending finalizers, newest first, with the collector off so
        # that nothing else is finalized meanwhile; one created by another is picked up too.
        gc_was_enabled = False
        try:
            if cls._registry:
                import gc
                gc_was_enabled = gc.isenabled()
                if gc_was_enabled:
                    gc.disable()
                queue = cls._select_for_exit()
                finalize._dirty = False
                while queue:
                    f = queue.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
                    if finalize._dirty:
                        # A finalizer made another one: select again.
                        queue = cls._select_for_exit()
                        finalize._dirty = False
        finally:
            # No finalizer runs after this point.
            finalize._shutdown = True
            if gc_was_enabled:
                gc.enable()
`;
