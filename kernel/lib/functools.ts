/**
 * functools: higher-order functions and operations on callable objects.
 * Implements: update_wrapper/wraps, total_ordering, cmp_to_key, reduce, partial, partialmethod,
 * lru_cache/cache (cache_info, cache_clear, cache_parameters, typed keys), singledispatch,
 * singledispatchmethod, cached_property.
 * The lru cache keeps CPython's references: its key is the call's argument tuple (a lone int or
 * str argument is its own key; keywords or typed=True build a flat tuple), a bounded cache maps
 * the key to a link holding the key and the result (so the key is referenced twice, the result
 * once), an unbounded one maps the key to the result. Eviction drops the least recently used
 * link after the new one is stored, as Modules/_functoolsmodule.c does.
 * NON-CPYTHON: written for the kernel (CPython has partial, _lru_cache_wrapper, KeyWrapper and
 * reduce in C). Here they are Python classes, flagged as C code (kernel/lib/index.ts
 * libCFunctions: no traceback entries, tp_name `functools.partial`); their __sizeof__ gives
 * CPython's sizes. The lru_cache wrapper keeps CPython's structure as far as a program sees it:
 * links are untracked functools._lru_list_elem objects referenced by the cache dict and the
 * (untracked) order dict, and the wrapper's traverse is CPython's (kernel/modules/
 * _functoolsmodule.ts). What differs: the order dict's int keys are allocated per call, the
 * CacheInfo type is only referenced once collections has been imported, and a missed key is
 * hashed twice, not once. partial's referents differ. singledispatch picks the most derived
 * registered class among the (virtual) bases instead of composing CPython's ABC-aware MRO;
 * cached_property takes no lock (the kernel has no threads).
 */
export const source = String.raw`"""Tools for working with functions and callable objects."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

import sys

GenericAlias = type(list[int])
_UnionType = type(int | str)


# A bound method: a function bound to an object.
_MethodType = type((lambda: None).__get__(0))


### Wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function"""
    for name in assigned:
        value = getattr(wrapped, name, _NOTHING)
        if value is not _NOTHING:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Last, so that a __wrapped__ copied along with wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function"""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


### total_ordering

_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}
# For each root comparison, the ones derived from it, in the order they are added.
_DERIVED = {'__lt__': ('__gt__', '__le__', '__ge__'), '__le__': ('__ge__', '__lt__', '__gt__'),
            '__gt__': ('__lt__', '__ge__', '__le__'), '__ge__': ('__le__', '__gt__', '__lt__')}


def _derive(root, target):
    # target from root: the same direction adds or excludes equality; the opposite direction
    # negates root, then adjusts for equality unless the two are complements (< and >=).
    strict = {'__lt__': True, '__gt__': True, '__le__': False, '__ge__': False}
    same_way = root[2] == target[2]
    r = _SYMBOL[root]
    if same_way and strict[root]:
        how, text = 'or_eq', '(a %s b) or (a == b)' % r
    elif same_way:
        how, text = 'and_ne', '(a %s b) and (a != b)' % r
    elif strict[root] != strict[target]:
        how, text = 'not', '(not a %s b)' % r
    elif strict[root]:
        how, text = 'not_and_ne', '(not a %s b) and (a != b)' % r
    else:
        how, text = 'not_or_eq', '(not a %s b) or (a == b)' % r

    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if how == 'or_eq':
            return result or self == other
        if how == 'and_ne':
            return result and self != other
        if how == 'not':
            return not result
        if how == 'not_and_ne':
            return not result and self != other
        return not result or self == other

    compare.__name__ = compare.__qualname__ = '_%s_from_%s' % (target[2:4], root[2:4])
    compare.__doc__ = 'Return a %s b.  Computed by @total_ordering from %s.' % (_SYMBOL[target], text)
    return compare


_ORDERINGS = {root: [(target, _derive(root, target)) for target in targets]
              for root, targets in _DERIVED.items()}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = {name for name in _DERIVED if getattr(cls, name, None) is not getattr(object, name, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Prefer __lt__, then __le__, __gt__, __ge__ (the largest name).
    for name, method in _ORDERINGS[max(defined)]:
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


### cmp_to_key

class KeyWrapper:
    __slots__ = ('cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj):
        self.cmp = cmp
        self.obj = obj

    def __sizeof__(self):
        return 32

    def __call__(self, obj, /):
        return KeyWrapper(self.cmp, obj)

    def _order(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._order(other) < 0

    def __le__(self, other):
        return self._order(other) <= 0

    def __eq__(self, other):
        return self._order(other) == 0

    def __ne__(self, other):
        return self._order(other) != 0

    def __gt__(self, other):
        return self._order(other) > 0

    def __ge__(self, other):
        return self._order(other) >= 0


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp, None)


### reduce

_NOTHING = object()


def reduce(function, sequence, initial=_NOTHING, /):
    """reduce(function, iterable[, initial]) -> value: apply function cumulatively, left to right."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    acc = initial
    if acc is _NOTHING:
        acc = next(items, _NOTHING)
        if acc is _NOTHING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        acc = function(acc, item)
    return acc


### partial

# Objects whose repr is being computed (Py_ReprEnter): a partial shown inside itself is '...'.
_in_repr = set()


class partial:
    """partial(func, *args, **keywords) - new function with partial application of the given arguments and keywords."""

    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial (called as partial calls, no instance dict) is flattened into this one.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func, self._args, self._keywords = func, args, keywords
        return self

    def __sizeof__(self):
        # CPython's partial is 64 bytes with its dict pointer inside; the kernel's managed dict
        # adds a 16-byte pre-header, so that sys.getsizeof agrees.
        return 48

    func = property(lambda self: self._func, doc='function object to use in future partial calls')
    args = property(lambda self: self._args, doc='tuple of arguments to future partial calls')
    keywords = property(lambda self: self._keywords, doc='dictionary of keyword arguments to future partial calls')

    def __call__(self, /, *args, **keywords):
        return self._func(*self._args, *args, **{**self._keywords, **keywords})

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        if id(self) in _in_repr:
            return '...'
        _in_repr.add(id(self))
        try:
            shown = [repr(self._func)] + [repr(a) for a in self._args]
            shown += ['%s=%r' % item for item in self._keywords.items()]
        finally:
            _in_repr.discard(id(self))
        return '%s(%s)' % (name, ', '.join(shown))

    def __reduce__(self):
        state = (self._func, self._args, self._keywords or None, self.__dict__ or None)
        return type(self), (self._func,), state

    def __setstate__(self, state):
        if type(state) is not tuple:
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or not isinstance(kwds, (dict, type(None)))
                or not isinstance(namespace, (dict, type(None)))):
            raise TypeError('invalid partial state')
        self._func, self._args = func, tuple(args)
        self._keywords = {} if kwds is None else dict(kwds)
        if namespace is not None:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod(object):
    """Method descriptor with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        cls = type(self)
        return '%s.%s(%r, %s, %s)' % (cls.__module__, cls.__qualname__, self.func,
                                     ', '.join(map(repr, self.args)),
                                     ', '.join('%s=%r' % item for item in self.keywords.items()))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, '__get__', None)
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                # A descriptor (method, classmethod...) bound itself: partial over the result.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


### lru_cache

_CacheInfo = None


def _cache_info_type():
    # functools.CacheInfo, made on first use so that importing functools stays light.
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], module='functools')
    return _CacheInfo


# Separates positional arguments from keyword items in a cache key.
_KEYWORD_MARK = object()


def _cache_key(args, kwds, typed):
    if not typed and not kwds:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    key = args
    if kwds:
        key += (_KEYWORD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(a) for a in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


class _lru_list_elem:
    """A link of a bounded cache (CPython's C type of the same name), not tracked by the collector."""

    # CPython's link also has prev and next pointers, borrowed references; here the wrapper's
    # _order dict keeps the links in order. Its hash is not kept either (no second hash call).
    __slots__ = ('key', 'result')

    def __sizeof__(self):
        # sizeof(lru_list_elem): the header, prev, next, hash, key and result.
        return 56


class _lru_cache_wrapper:
    """Cached function (CPython's C type of the same name)."""

    # _cache maps a key to the result (unbounded) or to its _lru_list_elem link (bounded);
    # _order holds the links by id, least recently used first: with the cache dict, the two
    # references CPython's link has (the dict's and the list's). The slots after _order are the
    # objects CPython's wrapper holds (kernel/modules/_functoolsmodule.ts traverses them).
    __slots__ = ('_func', '_maxsize', '_typed', '_cache', '_order', '_hits', '_misses',
                 '_kwd_mark', '_elem_type', '_cache_info_type', '__dict__', '__weakref__')

    def __init__(self, user_function, maxsize, typed, cache_info_type=None):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        if maxsize is not None and not isinstance(maxsize, int):
            raise TypeError('maxsize should be integer or None')
        self._func = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._order = {}
        self._hits = self._misses = 0
        self._kwd_mark = _KEYWORD_MARK
        self._elem_type = _lru_list_elem
        self._cache_info_type = cache_info_type

    def __sizeof__(self):
        # CPython's wrapper object is 152 bytes; the managed dict's pre-header is counted apart.
        return 136

    def __call__(self, /, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        key = _cache_key(args, kwds, self._typed)
        if self._maxsize is None:
            return self._unbounded_call(key, args, kwds)
        return self._bounded_call(key, args, kwds)

    def _unbounded_call(self, key, args, kwds):
        cache = self._cache
        result = cache.get(key, _NOTHING)
        if result is not _NOTHING:
            self._hits += 1
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        cache[key] = result
        return result

    def _bounded_call(self, key, args, kwds):
        cache, order = self._cache, self._order
        link = cache.get(key)
        if link is not None:
            # lru_cache_extract_link, lru_cache_append_link: the link becomes the newest.
            order[id(link)] = order.pop(id(link))
            self._hits += 1
            return link.result
        self._misses += 1
        result = self._func(*args, **kwds)
        if key in cache:
            # The call itself cached this key.
            return result
        if len(cache) < self._maxsize or not order:
            link = _lru_list_elem()
            link.key = key
            link.result = result
            cache[key] = link
            order[id(link)] = link
            return result
        # Full: the oldest link is taken out and reused for the new key and result.
        link = order.pop(next(iter(order)))
        popped = cache.pop(link.key, None)
        if popped is None:
            # The call removed the oldest entry already: the orphan link is not restored.
            return result
        old_key, old_result = link.key, link.result
        link.key = key
        link.result = result
        cache[key] = link
        order[id(link)] = link
        # The old result and then the old key go last, once the cache is consistent again.
        del popped, link, old_result
        del old_key
        return result

    def cache_info(self):
        """Report cache statistics"""
        info = self._cache_info_type
        if info is None:
            info = self._cache_info_type = _cache_info_type()
        return info(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        order = self._order
        self._order = {}
        self._hits = self._misses = 0
        self._cache.clear()
        order.clear()

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _cached(user_function, maxsize, typed):
    # CPython passes functools.CacheInfo, made when functools is imported; here it is made on
    # first use, so a wrapper made before collections is imported gets it from cache_info().
    info = _cache_info_type() if 'collections' in sys.modules else None
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, info)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator (maxsize=None: unbounded; typed: arguments of different types cached apart)."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return _cached(user_function, None, False)


### singledispatch

def _best_match(cls, registry):
    # The implementation for cls: a class of its MRO registered directly, else the most
    # derived registered (virtual) base class.
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    best = None
    for candidate in registry:
        if not isinstance(candidate, type) or not issubclass(cls, candidate):
            continue
        if best is None or issubclass(candidate, best):
            best = candidate
        elif not issubclass(best, candidate):
            raise RuntimeError('Ambiguous dispatch: {} or {}'.format(best, candidate))
    return registry[object if best is None else best]


def _union_members(cls):
    # The classes of a union (int | str, typing.Union[int, str]), or None for anything else.
    # A typing.Union can only exist once typing has been imported.
    if isinstance(cls, type):
        return None
    if type(cls) is _UnionType:
        return cls.__args__
    typing = sys.modules.get('typing')
    if typing is not None and typing.get_origin(cls) is typing.Union:
        return typing.get_args(cls)
    return None


def _dispatchable(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(m, type) for m in members)


def _annotated_class(func):
    # @register on an annotated function: the class of its first annotated parameter.
    bq = chr(96)
    if not getattr(func, '__annotations__', {}):
        raise TypeError(
            'Invalid first argument to %sregister()%s: %r. Use either %s@register(some_class)%s '
            'or plain %s@register%s on an annotated function.' % (bq, bq, func, bq, bq, bq, bq))
    from typing import get_type_hints
    name, cls = next(iter(get_type_hints(func).items()))
    if not _dispatchable(cls):
        if _union_members(cls) is not None:
            raise TypeError('Invalid annotation for %r. %r not all arguments are classes.' % (name, cls))
        raise TypeError('Invalid annotation for %r. %r is not a class.' % (name, cls))
    return cls


def singledispatch(func):
    """Single-dispatch generic function decorator: implementations chosen by the type of the first argument."""
    import weakref
    from abc import get_cache_token
    registry = {object: func}
    dispatch_cache = weakref.WeakKeyDictionary()
    token = [None]

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        if token[0] is not None and token[0] != get_cache_token():
            dispatch_cache.clear()
            token[0] = get_cache_token()
        try:
            return dispatch_cache[cls]
        except KeyError:
            impl = _best_match(cls, registry)
            dispatch_cache[cls] = impl
            return impl
        except TypeError:
            return _best_match(cls, registry)

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func"""
        if _dispatchable(cls):
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            bq = chr(96)
            raise TypeError('Invalid first argument to %sregister()%s. %r is not a class or union type.'
                            % (bq, bq, cls))
        else:
            func, cls = cls, _annotated_class(cls)
        for each in _union_members(cls) or (cls,):
            registry[each] = func
            if token[0] is None and hasattr(each, '__abstractmethods__'):
                token[0] = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = type(type.__dict__)(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_func.register(cls, func) -> func"""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            impl = self.dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


### cached_property

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names (%r and %r).'
                            % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, name)) from None
        value = store.get(name, _NOTHING)
        if value is _NOTHING:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support item "
                                "assignment for caching %r property." % (type(instance).__name__, name)) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
`;
