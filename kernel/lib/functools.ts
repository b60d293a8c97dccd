/**
 * functools: higher-order functions and operations on callable objects.
 * Implements: update_wrapper/wraps, total_ordering, partialmethod,
 * lru_cache/cache (cache_parameters), singledispatch, singledispatchmethod, cached_property; and
 * re-exports partial, _lru_cache_wrapper, cmp_to_key and reduce from the _functools builtin module.
 * CPython 3.11: Lib/functools.py. As there, partial and the lru cache are C types
 * (kernel/modules/_functools_partial.ts, kernel/modules/_functools_lru.ts): lru_cache makes a
 * _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo), sets its cache_parameters and
 * copies the function's attributes into its __dict__; _CacheInfo is the namedtuple made when
 * functools is imported (which imports collections).
 * cmp_to_key and reduce come from _functools too (kernel/modules/_functools_keyobject.ts,
 * kernel/modules/_functools_reduce.ts).
 * NON-CPYTHON: written for the kernel. singledispatch picks the most derived registered class
 * among the (virtual) bases instead of composing CPython's ABC-aware MRO; cached_property takes
 * no lock (the kernel has no threads).
 */
export const source = String.raw`"""Tools for working with functions and callable objects."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

import sys
from collections import namedtuple

GenericAlias = type(list[int])
_UnionType = type(int | str)


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


### cmp_to_key, reduce

from _functools import cmp_to_key, reduce

# Stands for a missing attribute or value.
_NOTHING = object()


### partial

from _functools import partial, _lru_cache_wrapper


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

_CacheInfo = namedtuple('CacheInfo', ('hits', 'misses', 'maxsize', 'currsize'))


def _lru_wrap(user_function, maxsize, typed, parameters):
    # The C wrapper; its __dict__ gets cache_parameters, then the wrapped function's attributes.
    cached = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    cached.cache_parameters = parameters
    return update_wrapper(cached, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator (maxsize=None: unbounded; typed: arguments of different types cached apart)."""
    if isinstance(maxsize, int):
        # A size below zero caches nothing, as zero does.
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: the function came as maxsize.
        user_function, maxsize = maxsize, 128
        return _lru_wrap(user_function, maxsize, typed, lambda: {'maxsize': maxsize, 'typed': typed})
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrap(user_function, maxsize, typed, lambda: {'maxsize': maxsize, 'typed': typed})

    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    unbounded = lru_cache(maxsize=None)
    return unbounded(user_function)


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
