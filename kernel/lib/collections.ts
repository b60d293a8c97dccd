/**
 * collections: container datatypes (namedtuple, deque, Counter, OrderedDict, defaultdict,
 * ChainMap, UserDict, UserList, UserString). A package: collections.abc is its submodule.
 * CPython 3.11: Lib/collections/__init__.py (documented behaviour) and
 * Modules/_collectionsmodule.c (deque, defaultdict, _tuplegetter: reprs and errors).
 * NON-CPYTHON: deque, defaultdict and OrderedDict are Python classes here, not C types. Their
 * __sizeof__ follows CPython's layouts (deque's 64-item blocks, OrderedDict's node index), so
 * sys.getsizeof agrees; their tp_name in builtin error messages is the bare class name
 * ('deque' instead of 'collections.deque', e.g. in "unhashable type"), gc.get_referents shows
 * their Python attributes, and OrderedDict keeps its order in a second dict, not a linked list.
 */
export const source = String.raw`"""This module implements specialized container datatypes providing alternatives to Python's general purpose built-in containers, dict, list, set, and tuple."""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _collections_abc
import sys as _sys

from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq
from operator import itemgetter as _itemgetter

from types import GenericAlias as _GenericAlias


### Recursive repr guard (Py_ReprEnter / Py_ReprLeave)

_repr_running = set()

def _recursive_repr(fillvalue):
    def decorating_function(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                _repr_running.discard(key)
            return result
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper
    return decorating_function


# CPython's deque: blocks of 64 item pointers plus two links (528 bytes), a new deque
# starting at the middle of its one block, and a 216-byte object.
_BLOCKLEN = 64
_CENTER = (_BLOCKLEN - 1) // 2
_BLOCK_SIZE = 8 * (_BLOCKLEN + 2)
_DEQUE_BASICSIZE = 216
_NO_ITERABLE = object()


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # A ring buffer: _buf has a power-of-two length, items live at
    # _buf[(_head + i) & (len(_buf) - 1)] for i in range(_len).
    # _left is where CPython's deque would have its leftmost item in its first block of
    # _BLOCKLEN slots: it follows CPython's block bookkeeping step by step, so that
    # __sizeof__ counts the blocks CPython would hold.
    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state', '_left', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._maxlen = None
        self._state = 0
        self._left = _CENTER + 1
        return self

    def __init__(self, iterable=_NO_ITERABLE, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._len:
            self.clear()
        if iterable is not _NO_ITERABLE:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- CPython's block bookkeeping (Modules/_collectionsmodule.c), for __sizeof__ only.

    def _cpy_popleft(self):
        # deque_popleft after the item is gone (self._len already decremented).
        self._left += 1
        if self._left == _BLOCKLEN:
            self._left = 0 if self._len else _CENTER + 1

    def _cpy_pop(self, old_len):
        # deque_pop: an emptied deque re-centres when its right index falls off its block.
        if self._len == 0 and (self._left + old_len - 1) % _BLOCKLEN == 0:
            self._left = _CENTER + 1

    def _cpy_rotate(self, n):
        # _deque_rotate's net effect on the left index, after its normalisation of n.
        length = self._len
        if length <= 1:
            return
        halflen = length >> 1
        if n > halflen or n < -halflen:
            n = abs(n) % length * (1 if n >= 0 else -1)
            if n > halflen:
                n -= length
            elif n < -halflen:
                n += length
        self._left = (self._left - n) % _BLOCKLEN

    def __sizeof__(self):
        blocks = (self._left + self._len + _BLOCKLEN - 1) // _BLOCKLEN
        extra = type(self).__basicsize__ - deque.__basicsize__
        return _DEQUE_BASICSIZE + extra + blocks * _BLOCK_SIZE

    # -- The ring buffer.

    def _grow(self):
        buf = self._buf
        size = len(buf)
        head = self._head
        self._buf = buf[head:] + buf[:head] + [None] * size
        self._head = 0

    def _push_right(self, x):
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._len) & (len(buf) - 1)] = x
        self._len += 1

    def _push_left(self, x):
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) & (len(buf) - 1)
        buf[self._head] = x
        self._len += 1

    def _take_right(self):
        buf = self._buf
        self._len -= 1
        i = (self._head + self._len) & (len(buf) - 1)
        x = buf[i]
        buf[i] = None
        return x

    def _take_left(self):
        buf = self._buf
        i = self._head
        x = buf[i]
        buf[i] = None
        self._head = (i + 1) & (len(buf) - 1)
        self._len -= 1
        return x

    # -- The deque operations.

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._push_right(x)
        if self._maxlen is not None and self._len > self._maxlen:
            self._take_left()
            self._cpy_popleft()
        self._state += 1

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._push_left(x)
        self._left = (self._left - 1) % _BLOCKLEN
        if self._maxlen is not None and self._len > self._maxlen:
            old_len = self._len
            self._take_right()
            self._cpy_pop(old_len)
        self._state += 1

    def pop(self, /):
        """Remove and return the rightmost element."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        old_len = self._len
        x = self._take_right()
        self._cpy_pop(old_len)
        return x

    def popleft(self, /):
        """Remove and return the leftmost element."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._take_left()
        self._cpy_popleft()
        return x

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        if not self._len:
            # CPython starts filling an empty deque from the left of its block.
            self._left = 1
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        if not self._len:
            # ... and an empty deque extended to the left from the right of its block.
            self._left = _BLOCKLEN - 1
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self, /):
        """Remove all elements from the deque."""
        if not self._len:
            return
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._left = _CENTER + 1

    def copy(self, /):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            if self._len == 1:
                new = deque(maxlen=self._maxlen)
                new.append(self[0])
                return new
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for i in range(self._len):
            x = self._buf[(self._head + i) & (len(self._buf) - 1)]
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        n = self._len
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            x = self._buf[(self._head + i) & (len(self._buf) - 1)]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Insert value before index."""
        n = self._len
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        index = _index(index)
        if index >= n:
            self.append(value)
            return
        if index <= -n or index == 0:
            self.appendleft(value)
            return
        self.rotate(-index)
        if index < 0:
            self.append(value)
        else:
            self.appendleft(value)
        self.rotate(index)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        n = self._len
        for i in range(n):
            x = self._buf[(self._head + i) & (len(self._buf) - 1)]
            equal = x is value or x == value
            if n != self._len:
                raise IndexError('deque mutated during remove().')
            if equal:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self, /):
        """Reverse *IN PLACE*"""
        self._state += 1
        items = list(self)
        items.reverse()
        self._set_items(items)

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        length = self._len
        if length <= 1:
            return
        self._cpy_rotate(n)
        self._state += 1
        n %= length
        if n == 0:
            return
        if n <= length // 2:
            for _ in range(n):
                self._push_left(self._take_right())
        else:
            for _ in range(length - n):
                self._push_right(self._take_left())

    def _set_items(self, items):
        size = 8
        while size < len(items):
            size <<= 1
        self._buf = items + [None] * (size - len(items))
        self._head = 0
        self._len = len(items)

    def _checked_index(self, i):
        try:
            i = _index(i)
        except TypeError:
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__) from None
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('deque index out of range')
        return i

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __getitem__(self, index):
        i = self._checked_index(index)
        return self._buf[(self._head + i) & (len(self._buf) - 1)]

    def __setitem__(self, index, value):
        i = self._checked_index(index)
        self._buf[(self._head + i) & (len(self._buf) - 1)] = value

    def __delitem__(self, index):
        i = self._checked_index(index)
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __contains__(self, value):
        state = self._state
        for i in range(self._len):
            x = self._buf[(self._head + i) & (len(self._buf) - 1)]
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_reverse_iterator(self, True)

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            return NotImplemented
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            return NotImplemented
        n = _index(n)
        size = self._len
        if size == 0 or n == 1:
            return self
        if n <= 0:
            self.clear()
            return self
        maxlen = self._maxlen
        if size == 1:
            # One item repeated, up to maxlen, without trimming (as deque_inplace_repeat).
            if maxlen is not None and n > maxlen:
                n = maxlen
            self._state += 1
            item = self[0]
            for _ in range(n - 1):
                self._push_right(item)
            return self
        items = list(self)
        if maxlen is not None and n * size > maxlen:
            n = (maxlen + size - 1) // size
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        if self._maxlen is None:
            return type(self), (), state, iter(self)
        return type(self), ((), self._maxlen), state, iter(self)

    @_recursive_repr('[...]')
    def __repr__(self):
        items = repr(list(self))
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, items)
        return '%s(%s, maxlen=%d)' % (name, items, self._maxlen)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)




def _index(i):
    # range() converts its argument with PyNumber_Index.
    return i if type(i) is int else range(i).stop


class _deque_iterator:
    __slots__ = ('_deque', '_index', '_state', '_counter')

    def __init__(self, d, reverse):
        self._deque = d
        self._index = d._len - 1 if reverse else 0
        self._state = d._state
        self._counter = d._len

    def __sizeof__(self):
        return 56

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        i = self._index
        self._index = i + 1
        self._counter -= 1
        return d._buf[(d._head + i) & (len(d._buf) - 1)]

    def __length_hint__(self):
        return self._counter


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        i = self._index
        self._index = i - 1
        self._counter -= 1
        return d._buf[(d._head + i) & (len(d._buf) - 1)]


_deque_iterator.__module__ = _deque_reverse_iterator.__module__ = '_collections'
_collections_abc.MutableSequence.register(deque)


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key, /):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code: if self.default_factory is None: raise KeyError((key,)) self[key] = value = self.default_factory() return value"""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                factory_repr = '...'
            else:
                _repr_running.add(key)
                try:
                    factory_repr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, _dict_repr(self))

    def copy(self, /):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self


@_recursive_repr('{...}')
def _dict_repr(d):
    return dict.__repr__(d)


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    # The dict itself holds the items and sees exactly the insertions and deletions that
    # CPython's OrderedDict makes to its dict; _od_order (a second dict, keys only) holds the
    # order, so reordering never touches the items table, as CPython's linked list of nodes.
    # _od_fast says whether CPython would have its fast-node index allocated (after an
    # insertion since the last clear), _od_state counts order changes for the iterators.
    # NON-CPYTHON: no __dict__ slot (CPython's has one without a managed-dict pre-header, which
    # a Python class cannot have): instances take no attributes, and getsizeof agrees.
    __slots__ = ('_od_order', '_od_fast', '_od_state', '__weakref__')

    def __new__(cls, /, *args, **kwds):
        self = dict.__new__(cls)
        self._od_order = {}
        self._od_fast = False
        self._od_state = 0
        return self

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        _mutablemapping_update(self, args, kwds)

    def update(self, /, *args, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)' % len(args))
        _mutablemapping_update(self, args, kwds)

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        order = self._od_order
        if key not in order:
            order[key] = None
            self._od_fast = True
            self._od_state += 1

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        del self._od_order[key]
        self._od_state += 1

    def __iter__(self):
        return odict_iterator(self, False, 0)

    def __reversed__(self):
        return odict_iterator(self, True, 0)

    def clear(self):
        'od.clear() -> None.  Remove all items from od.'
        dict.clear(self)
        self._od_order.clear()
        self._od_fast = False
        self._od_state += 1

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        order = self._od_order
        key = next(reversed(order)) if last else next(iter(order))
        del order[key]
        self._od_state += 1
        return key, dict.pop(self, key)

    def pop(self, key, default=_NO_ITERABLE):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value."""
        if key in self:
            del self._od_order[key]
            self._od_state += 1
            return dict.pop(self, key)
        if default is _NO_ITERABLE:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        order = self._od_order
        if key not in order:
            raise KeyError(key)
        if last:
            if next(reversed(order)) == key:
                return
            del order[key]
            order[key] = None
        else:
            if next(iter(order)) == key:
                return
            rest = list(order)
            order.clear()
            order[key] = None
            for k in rest:
                if k != key:
                    order[k] = None
        self._od_state += 1

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return odict_keys(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return odict_items(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return odict_values(self)

    def __eq__(self, other):
        """od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive."""
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self._od_order) == list(other._od_order)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        if isinstance(other, OrderedDict):
            return not self.__eq__(other)
        return dict.__ne__(self, other)

    __hash__ = None

    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self:
            return '%s()' % (type(self).__name__,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            if type(self) is OrderedDict:
                pieces = [(k, dict.__getitem__(self, k)) for k in self._od_order]
            else:
                pieces = list(self.items())
            return '%s(%r)' % (type(self).__name__, pieces)
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        'Return state information for pickling'
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(self.items())

    def __sizeof__(self):
        # CPython: the dict (with OrderedDict's own object size), the fast-node index (one
        # pointer per slot of the dict's hash table) and one 32-byte node per item.
        size = dict.__sizeof__(self)
        keys_bytes = size - type(self).__basicsize__
        size += _ODICT_BASICSIZE - OrderedDict.__basicsize__
        if self._od_fast:
            size += 8 * _dict_table_size(keys_bytes)
        if self:
            size += 32 * len(self)
        return size

    def copy(self):
        'od.copy() -> a shallow copy of od'
        new = type(self)()
        if type(self) is OrderedDict:
            for key in self._od_order:
                new[key] = dict.__getitem__(self, key)
        else:
            for key in self._od_order:
                new[key] = self[key]
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# sizeof(PyODictObject) in CPython 3.11.
_ODICT_BASICSIZE = 112


def _dict_table_size(keys_bytes):
    """The number of slots of a dict's hash table whose keys object takes keys_bytes
    (sizeof(PyDictKeysObject) + index bytes + usable entries of 24 or 16 bytes)."""
    if keys_bytes <= 0:
        return 8
    size = 8
    while size < 1 << 62:
        if size <= 0xff:
            index_bytes = size
        elif size <= 0xffff:
            index_bytes = 2 * size
        elif size <= 0xffffffff:
            index_bytes = 4 * size
        else:
            index_bytes = 8 * size
        usable = (size << 1) // 3
        for entry in (24, 16):
            if 32 + index_bytes + usable * entry == keys_bytes:
                return size
        size <<= 1
    return 8


def _mutablemapping_update(self, args, kwds):
    # What CPython's OrderedDict does for __init__ and update: item by item through __setitem__.
    if args:
        _mutablemapping_update_arg(self, args[0])
    if kwds:
        _mutablemapping_add_pairs(self, list(kwds.items()))


def _mutablemapping_update_arg(self, arg):
    if type(arg) is dict:
        _mutablemapping_add_pairs(self, list(arg.items()))
        return
    keys = getattr(arg, 'keys', None)
    if keys is not None:
        for key in keys():
            self[key] = arg[key]
        return
    items = getattr(arg, 'items', None)
    if items is not None:
        _mutablemapping_add_pairs(self, items())
        return
    _mutablemapping_add_pairs(self, arg)


def _mutablemapping_add_pairs(self, pairs):
    for pair in pairs:
        it = iter(pair)
        for key in it:
            break
        else:
            raise ValueError('need more than 0 values to unpack')
        for value in it:
            break
        else:
            raise ValueError('need more than 1 value to unpack')
        for _ in it:
            raise ValueError('too many values to unpack (expected 2)')
        self[key] = value


class odict_iterator:
    """Iterator over an OrderedDict's keys, values (kind 1) or items (kind 2)."""
    __slots__ = ('_od', '_it', '_state', '_size', '_kind')

    def __init__(self, od, reverse, kind):
        self._od = od
        order = od._od_order
        self._it = reversed(order) if reverse else iter(order)
        self._state = od._od_state
        self._size = len(od)
        self._kind = kind

    def __sizeof__(self):
        return 64

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is None:
            raise StopIteration
        if od._od_state != self._state:
            raise RuntimeError('OrderedDict mutated during iteration')
        if len(od) != self._size:
            raise RuntimeError('OrderedDict changed size during iteration')
        for key in self._it:
            break
        else:
            self._od = None
            raise StopIteration
        kind = self._kind
        if kind == 0:
            return key
        value = dict.__getitem__(od, key)
        if kind == 1:
            return value
        return (key, value)

    def __length_hint__(self):
        return self._size if self._od is not None else 0


odict_iterator.__module__ = 'builtins'


def _odict_view_repr(self):
    return '%s(%r)' % (type(self).__name__, list(self))


class odict_keys(_collections_abc.KeysView):
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        return odict_iterator(self._mapping, False, 0)

    def __reversed__(self):
        return odict_iterator(self._mapping, True, 0)

    def __contains__(self, key):
        return key in self._mapping


class odict_items(_collections_abc.ItemsView):
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        return odict_iterator(self._mapping, False, 2)

    def __reversed__(self):
        return odict_iterator(self._mapping, True, 2)


class odict_values(_collections_abc.ValuesView):
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        return odict_iterator(self._mapping, False, 1)

    def __reversed__(self):
        return odict_iterator(self._mapping, True, 1)


for _view in (odict_keys, odict_items, odict_values):
    _view.__module__ = 'builtins'
del _view


# The field descriptor of a named tuple: reads the item at its index. (No class
# docstring: __doc__ is a slot holding the field's own doc.)
class _tuplegetter:
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object"
                            % (self._index, type(instance).__name__))
        try:
            return tuple.__getitem__(instance, self._index)
        except IndexError:
            raise IndexError('tuple index out of range') from None

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '%s(%d, %r)' % (type(self).__name__, self._index, self.__doc__)

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


_tuplegetter.__module__ = '_collections'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                or _iskeyword(name)
                or name.startswith('_')
                or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__
    _dict, _tuple, _len, _map, _zip = dict, tuple, len, map, zip

    # __new__ is compiled from source so that its signature, and so its argument errors,
    # name the fields.
    namespace = {
        '_tuple_new': tuple_new,
        '__builtins__': {},
        '__name__': f'namedtuple_{typename}',
    }
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return _dict(_zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return _tuple(self)

    for method in (
        __new__,
        _make.__func__,
        _replace,
        __repr__,
        _asdict,
        __getnewargs__,
    ):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    # The class says it comes from the module that called namedtuple(), found
    # through the caller's frame, unless module= says otherwise.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module

    return result


def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        """Create a new, empty Counter object."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        # sorted() is stable: equal counts keep their insertion order.
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ranked
        if n < 0:
            n = 0
        return ranked[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'


    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        """Add counts from two counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class ChainMap(_collections_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together to create a single, updateable view."""

    def __init__(self, *maps):
        """Initialize a ChainMap by setting *maps* to the given mappings."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr('...')
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


class UserDict(_collections_abc.MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        else:
            return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


# collections.abc is a submodule; make it an attribute of the package as the
# import system does once it is imported.
from collections import abc
`;
