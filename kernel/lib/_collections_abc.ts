/**
 * _collections_abc: the abstract base classes of the container protocols, which users import as
 * collections.abc (the classes name that module as theirs).
 * Implements: every ABC of collections.abc with its abstract methods, its mixin methods and its
 * structural __subclasshook__ (a class that defines the protocol's methods counts as a subclass,
 * a method set to None opts out); the builtin containers registered as CPython registers them;
 * Callable[[args], result] as _CallableGenericAlias; Set._hash (frozenset's hash algorithm).
 * NON-CPYTHON: written for the kernel. Builtin types the kernel lacks (coroutines, async
 * generators) are not registered; builtin iterator types are recognised by the structural hook
 * alone instead of also being registered with Iterator. The asynchronous mixins
 * (AsyncIterator.__anext__, AsyncGenerator.__anext__ and aclose) are plain methods returning
 * the awaitable, not coroutine functions: the kernel runs no coroutines.
 */
export const source = String.raw`"""Abstract base classes for containers (PEP 3119): see collections.abc."""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]

# The ABCs are collections.abc's classes.
__name__ = "collections.abc"


def _check_methods(C, *names):
    """True when C's MRO defines every one of names, NotImplemented when one is missing or
    set to None (an explicit opt-out)."""
    for name in names:
        for klass in C.__mro__:
            found = klass.__dict__.get(name, _ABSENT)
            if found is not _ABSENT:
                if found is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


_ABSENT = object()


def _structural(*names):
    """A __subclasshook__ for one ABC: classes defining all of names are its virtual
    subclasses. ABCs deriving from it do not inherit the rule (they answer NotImplemented)."""
    def __subclasshook__(cls, C):
        if cls.__dict__.get("__subclasshook__") is not hook:
            return NotImplemented
        return _check_methods(C, *names)
    hook = classmethod(__subclasshook__)
    return hook


def _generic():
    return classmethod(GenericAlias)


def _throw_into(typ, val, tb):
    # The default throw() of Generator and Coroutine: raise the given exception.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


### One-method protocols

class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__hash__")

    @abstractmethod
    def __hash__(self):
        return 0


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__len__")

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__contains__")
    __class_getitem__ = _generic()

    @abstractmethod
    def __contains__(self, x):
        return False


class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__iter__")
    __class_getitem__ = _generic()

    @abstractmethod
    def __iter__(self):
        return iter(())


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _structural("__iter__", "__next__")

    @abstractmethod
    def __next__(self):
        'Return the next item from the iterator. When exhausted, raise StopIteration'
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _structural("__reversed__", "__iter__")

    @abstractmethod
    def __reversed__(self):
        return iter(())


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _structural("__iter__", "__next__", "send", "throw", "close")

    def __next__(self):
        """Return the next item from the generator."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the generator."""
        _throw_into(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__call__")

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _structural("__len__", "__iter__", "__contains__")


### Asynchronous protocols (the kernel runs no coroutines, but the ABCs exist)

class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__await__")
    __class_getitem__ = _generic()

    @abstractmethod
    def __await__(self):
        return iter(())


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _structural("__await__", "send", "throw", "close")

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the coroutine."""
        _throw_into(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__aiter__")
    __class_getitem__ = _generic()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _structural("__anext__", "__aiter__")

    @abstractmethod
    def __anext__(self):
        """Return the next item or raise StopAsyncIteration when exhausted."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _structural("__aiter__", "__anext__", "asend", "athrow", "aclose")

    def __anext__(self):
        """Return the next item from the asynchronous generator."""
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Send a value into the asynchronous generator."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Raise an exception in the asynchronous generator."""
        _throw_into(typ, val, tb)

    def aclose(self):
        """Raise GeneratorExit inside coroutine."""
        return self.athrow(GeneratorExit)


### Callable[[args], result]

def _is_param_expr(obj):
    # An argument list Callable accepts as is: ..., a list, or typing's ParamSpec/Concatenate.
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == "typing" and kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias")


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is Ellipsis:
        return "..."
    if type(obj) is type(_type_repr):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Represent Callable[argtypes, resulttype]."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if type(args) is not tuple or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = tuple(params) + (result,)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %s" % (params,))
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ", ".join([_type_repr(a) for a in args[:-1]])
        return "collections.abc.Callable[[%s], %s]" % (params, _type_repr(args[-1]))

    def __reduce__(self):
        args = self.__args__
        if len(args) != 2 or not _is_param_expr(args[0]):
            args = (list(args[:-1]), args[-1])
        return _CallableGenericAlias, (Callable, args)


Callable.__class_getitem__ = classmethod(_CallableGenericAlias)


### Sets

class Set(Collection):
    """A set is a finite, iterable container."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """Construct an instance of the class from any iterable input."""
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        'Return True if two sets have a null intersection.'
        return not any(x in self for x in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """Compute the hash value of a set (the algorithm of frozenset's hash)."""
        top = sys.maxsize
        mask = 2 * top + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            x = hash(item)
            h = (h ^ ((x ^ (x << 16) ^ 89869747) * 3644798167)) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > top:
            h -= mask + 1
        return 590923713 if h == -1 else h


def _set_operand(self, other):
    # The other operand of - and ^: a plain iterable becomes a set of self's class.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return None


class MutableSet(Set):
    """A mutable set is a finite, iterable container."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element.  Do not raise an exception if absent."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element. If not a member, raise a KeyError."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Return the popped value.  Raise KeyError if empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """This is slow (creates N new iterators!) but effective."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for x in it:
            if x in self:
                self.discard(x)
            else:
                self.add(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self


### Mappings

class Mapping(Collection):
    """A Mapping is a generic container for associating key/value pairs."""

    __slots__ = ()
    # Py_TPFLAGS_MAPPING: instances match mapping patterns.
    __abc_tpflags__ = 1 << 6
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MappingView(Sized):
    __slots__ = ("_mapping",)
    __class_getitem__ = _generic()

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A MutableMapping is a generic container for associating key/value pairs."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """D.popitem() -> (k, v), remove and return some (key, value) pair as a 2-tuple."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if isinstance(other, Mapping) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


### Sequences

class Sequence(Reversible, Collection):
    """All the operations on a read-only sequence."""

    __slots__ = ()
    # Py_TPFLAGS_SEQUENCE: instances match sequence patterns.
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer -- return first index of value."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        'S.count(value) -> integer -- return number of occurrences of value'
        n = 0
        for item in self:
            if item is value or item == value:
                n += 1
        return n


class ByteString(Sequence):
    """This unifies bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """All the operations on a read-write sequence."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        'S.insert(index, value) -- insert value before index'
        raise IndexError

    def append(self, value):
        'S.append(value) -- append value to the end of the sequence'
        self.insert(len(self), value)

    def clear(self):
        'S.clear() -> None -- remove all items from S'
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        'S.reverse() -- reverse *IN PLACE*'
        last = len(self) - 1
        for i in range((last + 1) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        'S.extend(iterable) -- extend sequence by appending elements from the iterable'
        for v in (list(values) if values is self else values):
            self.append(v)

    def pop(self, index=-1):
        """S.pop([index]) -> item -- remove and return item at index (default last)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """S.remove(value) -- remove first occurrence of value."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


### The builtin types, registered as CPython registers them

def _builtin_types():
    # (ABC, types) pairs; a type the kernel cannot make is left out.
    def kind(make):
        try:
            return type(make())
        except Exception:
            return None
    empty = {}
    return [
        (Generator, [kind(lambda: (yield))]),
        (Set, [frozenset]),
        (MutableSet, [set]),
        (Mapping, [type(type.__dict__)]),
        (MutableMapping, [dict]),
        (KeysView, [type(empty.keys())]),
        (ItemsView, [type(empty.items())]),
        (ValuesView, [type(empty.values())]),
        (Sequence, [tuple, str, range, kind(lambda: memoryview(b""))]),
        (ByteString, [bytes, kind(bytearray)]),
        (MutableSequence, [list, kind(bytearray)]),
    ]


def _register_builtins():
    for abc, kinds in _builtin_types():
        for t in kinds:
            if t is not None:
                abc.register(t)
    for name in __all__:
        hook = globals()[name].__dict__.get("__subclasshook__")
        if hook is not None:
            hook.__func__.__qualname__ = name + ".__subclasshook__"


_register_builtins()
del _register_builtins, _builtin_types
`;
