/**
 * collections: container datatypes. A package, whose submodule collections.abc re-exports
 * _collections_abc.
 * Implements: namedtuple (with defaults, rename, module, _make/_replace/_asdict/_fields),
 * Counter (counting, most_common, multiset arithmetic and comparisons), OrderedDict
 * (move_to_end, popitem(last), order-sensitive equality, its views and iterators), defaultdict,
 * ChainMap, UserDict, UserList and UserString. deque is the C type of the _collections module
 * (kernel/objects/dequeobject.ts, kernel/modules/_collectionsmodule.ts), imported as
 * Lib/collections/__init__.py imports it: its 64-item blocks, block cache, iterators,
 * refcounts and traverse are CPython's.
 * NON-CPYTHON: written for the kernel. defaultdict, OrderedDict and namedtuple's field
 * descriptor (_tuplegetter) are Python classes here, not C types. Their __sizeof__ follows
 * CPython's layouts (OrderedDict's node index), so sys.getsizeof agrees; as C types they are
 * named `collections.OrderedDict` in builtin error messages and add no traceback entries
 * (kernel/lib/index.ts libCFunctions); gc.get_referents shows their Python attributes, and
 * OrderedDict keeps its order in a second dict, not a linked list.
 * NON-CPYTHON: UserString's str methods pass their arguments to str's own method, so they take
 * the keywords str's method takes (CPython's Python signatures take a few more).
 */
export const source = String.raw`"""Container datatypes: namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap and the
UserDict, UserList and UserString wrappers."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from keyword import iskeyword as _iskeyword

_GenericAlias = type(list[int])


# Objects whose repr is being computed (Py_ReprEnter / Py_ReprLeave): a container met again
# inside its own repr shows a placeholder.
_repr_running = set()


def _recursive_repr(placeholder):
    def decorate(method):
        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return placeholder
            _repr_running.add(key)
            try:
                return method(self)
            finally:
                _repr_running.discard(key)
        __repr__.__qualname__ = method.__qualname__
        __repr__.__doc__ = method.__doc__
        return __repr__
    return decorate


# The sentinel of OrderedDict.pop's default.
_NO_ITERABLE = object()

from _collections import deque

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
        """Remove and return a (key, value) pair: the last one, or the first if last is false."""
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
    __module__ = 'builtins'
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



def _odict_view_repr(self):
    return '%s(%r)' % (type(self).__name__, list(self))


class odict_keys(_collections_abc.KeysView):
    __module__ = 'builtins'
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        return odict_iterator(self._mapping, False, 0)

    def __reversed__(self):
        return odict_iterator(self._mapping, True, 0)

    def __contains__(self, key):
        return key in self._mapping


class odict_items(_collections_abc.ItemsView):
    __module__ = 'builtins'
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        return odict_iterator(self._mapping, False, 2)

    def __reversed__(self):
        return odict_iterator(self._mapping, True, 2)


class odict_values(_collections_abc.ValuesView):
    __module__ = 'builtins'
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        return odict_iterator(self._mapping, False, 1)

    def __reversed__(self):
        return odict_iterator(self._mapping, True, 1)



# The field descriptor of a named tuple: reads the item at its index. (No class
# docstring: __doc__ is a slot holding the field's own doc.)
class _tuplegetter:
    __module__ = '_collections'
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



### namedtuple

def _check_names(typename, names, rename):
    # Renames the invalid field names (rename=True) or rejects them as CPython does.
    if rename:
        seen = set()
        for i, name in enumerate(names):
            if (not name.isidentifier() or _iskeyword(name) or name[:1] == '_'
                    or name in seen):
                names[i] = '_%d' % i
            seen.add(name)
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    seen = set()
    for name in names:
        if name[:1] == '_' and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)


def _tuple_constructor(typename, fields, defaults):
    # __new__ is compiled so that its signature names the fields (and so do its errors).
    params = ', '.join(fields)
    packed = params + ',' if len(fields) == 1 else params
    env = {'_tuple_new': tuple.__new__, '__builtins__': {}, '__name__': 'namedtuple_' + typename}
    new = eval('lambda _cls, %s: _tuple_new(_cls, (%s))' % (params, packed), env)
    new.__name__ = '__new__'
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, params)
    if defaults is not None:
        new.__defaults__ = defaults
    return new


def _tuple_methods(typename, fields):
    width = len(fields)
    shape = '(' + ', '.join(name + '=%r' for name in fields) + ')'
    make_tuple = tuple.__new__

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != width:
            raise TypeError('Expected %d arguments, got %d' % (width, len(made)))
        return made

    def _replace(self, /, **kwds):
        made = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return made

    def __repr__(self):
        return self.__class__.__name__ + shape % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    return [_make, _replace, __repr__, _asdict, __getnewargs__]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    _check_names(typename, names, rename)
    fields = tuple(_sys.intern(name) for name in names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    new = _tuple_constructor(typename, fields, defaults)
    methods = _tuple_methods(typename, fields)
    for function in [new] + methods:
        function.__qualname__ = typename + '.' + function.__name__
    namespace = {'__doc__': '%s(%s)' % (typename, ', '.join(fields)), '__slots__': (),
                 '_fields': fields, '_field_defaults': field_defaults, '__new__': new}
    for function in methods:
        namespace[function.__name__] = function
    namespace['_make'] = classmethod(namespace['_make'])
    namespace['__match_args__'] = fields
    for i, name in enumerate(fields):
        namespace[name] = _tuplegetter(i, _sys.intern('Alias for field number %d' % i))
    cls = type(typename, (tuple,), namespace)
    if module is None:
        # The class belongs to the module that called namedtuple().
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


### Counter

def _tally(counter, iterable):
    get = counter.get
    for item in iterable:
        counter[item] = get(item, 0) + 1


def _merge_counts(left, right, combine):
    # A new Counter with combine(left count, right count) for every key of either side,
    # keeping only the positive results (keys of left first).
    merged = Counter()
    for key, n in left.items():
        total = combine(n, right[key])
        if total > 0:
            merged[key] = total
    for key, n in right.items():
        if key not in left:
            total = combine(0, n)
            if total > 0:
                merged[key] = total
    return merged


def _every_count(left, right, test):
    return all(test(left[key], right[key]) for side in (left, right) for key in side)


class Counter(dict):
    """Dict subclass for counting hashable items (a bag or multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        """Create a new, empty Counter object, then count the elements of iterable (or add
        the counts of a mapping) and of the keyword arguments."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements with their counts, most common first (all when n is None)."""
        ranked = sorted(self.items(), key=_second, reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if not isinstance(iterable, _collections_abc.Mapping):
                _tally(self, iterable)
            elif not self:
                dict.update(self, iterable)
            else:
                get = self.get
                for key, n in iterable.items():
                    self[key] = n + get(key, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for key, n in iterable.items():
                    self[key] = get(key, 0) - n
            else:
                for key in iterable:
                    self[key] = get(key, 0) - 1
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
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return _every_count(self, other, lambda a, b: a == b)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return _every_count(self, other, lambda a, b: a <= b)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return _every_count(self, other, lambda a, b: a >= b)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        'Add counts from two counters.'
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, lambda a, b: a + b)

    def __sub__(self, other):
        ' Subtract count, but keep only results with positive counts.'
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, lambda a, b: a - b)

    def __or__(self, other):
        'Union is the maximum of value in either of the input counters.'
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        ' Intersection is the minimum of corresponding counts.'
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, lambda a, b: a if a < b else b)

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        kept = Counter()
        for key, n in self.items():
            if n > 0:
                kept[key] = n
        return kept

    def __neg__(self):
        """Subtracts from an empty counter: negative counts become positive, the rest go."""
        flipped = Counter()
        for key, n in self.items():
            if n < 0:
                flipped[key] = 0 - n
        return flipped

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        for key in [key for key, n in self.items() if not n > 0]:
            del self[key]
        return self

    def __iadd__(self, other):
        'Inplace add from another counter, keeping only positive counts.'
        for key, n in other.items():
            self[key] += n
        return self._keep_positive()

    def __isub__(self, other):
        'Inplace subtract counter, but keep only results with positive counts.'
        for key, n in other.items():
            self[key] -= n
        return self._keep_positive()

    def __ior__(self, other):
        'Inplace union is the maximum of value from either counter.'
        for key, n in other.items():
            if n > self[key]:
                self[key] = n
        return self._keep_positive()

    def __iand__(self, other):
        'Inplace intersection is the minimum of corresponding counts.'
        for key, n in self.items():
            theirs = other[key]
            if theirs < n:
                self[key] = theirs
        return self._keep_positive()


def _second(pair):
    return pair[1]


### ChainMap

class ChainMap(_collections_abc.MutableMapping):
    """A view of several mappings as one: lookups search them in order, writes go to the first."""

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.'''
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the deepest map first, each once.
        order = {}
        for layer in self.maps[::-1]:
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr('...')
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map (m, or a dict of kwargs) followed by all previous maps."""
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
            raise KeyError('Key not found in the first mapping: %r' % (key,))

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
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)


### UserDict, UserList, UserString: classes wrapping a real container in .data

def _unwrap(obj, wrapper):
    return obj.data if isinstance(obj, wrapper) else obj


def _shallow_copy(self, data):
    # A new instance of self's class with self's attributes and the given data.
    cls = self.__class__
    clone = cls.__new__(cls)
    clone.__dict__.update(self.__dict__)
    clone.__dict__['data'] = data
    return clone


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
        data = self.data
        if key in data:
            return data[key]
        cls = self.__class__
        if hasattr(cls, '__missing__'):
            return cls.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_copy(self, self.__dict__['data'].copy())

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        # A copy of the instance without the data, then the items put back one by one.
        data = self.data
        try:
            self.data = {}
            clone = copy.copy(self)
        finally:
            self.data = data
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) == type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, type(self.data)) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, self.__dict__['data'][:])

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
        self.data.extend(_unwrap(other, UserList))


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
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return self.__class__(self.data + other)

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    maketrans = str.maketrans


def _string_method(name, rewrap, unwrap):
    # UserString.name: str.name applied to .data; rewrap makes a str result a UserString of
    # the same class; unwrap is how many leading arguments may be UserStrings.
    def method(self, *args, **kwargs):
        if unwrap:
            args = [_unwrap(a, UserString) if i < unwrap else a for i, a in enumerate(args)]
        result = getattr(self.data, name)(*args, **kwargs)
        return self.__class__(result) if rewrap else result
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


# (method names, whether the result is rewrapped, how many arguments are unwrapped)
for _names, _rewrap, _unwrap_n in [
        ('capitalize casefold center expandtabs ljust lower lstrip rjust rstrip strip swapcase '
         'title translate upper zfill', True, 0),
        ('removeprefix removesuffix', True, 1),
        ('replace', True, 2),
        ('count find rfind', False, 1),
        ('endswith format format_map index isalpha isalnum isascii isdecimal isdigit '
         'isidentifier islower isnumeric isprintable isspace istitle isupper join partition '
         'rindex rpartition split rsplit splitlines startswith', False, 0)]:
    for _name in _names.split():
        setattr(UserString, _name, _string_method(_name, _rewrap, _unwrap_n))
del _names, _rewrap, _unwrap_n, _name


def _string_encode(self, encoding='utf-8', errors='strict'):
    return self.data.encode('utf-8' if encoding is None else encoding,
                            'strict' if errors is None else errors)


_string_encode.__name__ = 'encode'
_string_encode.__qualname__ = 'UserString.encode'
UserString.encode = _string_encode
del _string_encode


# collections.abc is a submodule; the import makes it an attribute of this package.
from collections import abc
`;
