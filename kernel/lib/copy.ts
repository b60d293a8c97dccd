/**
 * copy: shallow and deep copy operations.
 * CPython 3.11: Lib/copy.py (documented behaviour: __copy__/__deepcopy__ hooks, the memo,
 * __reduce_ex__ reconstruction) and Objects/typeobject.c reduce_newobj /
 * object___getstate__ (what object.__reduce_ex__(4) returns for a plain instance).
 * NON-CPYTHON: the kernel may not offer object.__reduce_ex__ (copyreg is not there): a class
 * that does not define __reduce_ex__/__reduce__ is reduced here, the way reduce_newobj does:
 * cls.__new__(cls, *__getnewargs__()), then its __dict__ and slot values as state.
 */
export const source = String.raw`"""Generic (shallow and deep) copying operations."""

import types

class Error(Exception):
    pass
error = Error

__all__ = ["Error", "copy", "deepcopy"]


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x
for t in (type(None), int, float, bool, complex, str, tuple,
          bytes, frozenset, type, range, slice, property,
          types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          types.FunctionType, types.CodeType):
    if t is not None:
        d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
try:
    d[bytearray] = bytearray.copy
except NameError:
    pass

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""

    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
          complex, bytes, str, types.CodeType, type, range,
          types.BuiltinFunctionType, types.FunctionType, property):
    if t is not None:
        d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # What set.__reduce__ gives: the class called on a deep copy of the items list.
    return type(x)(deepcopy(list(x), memo))
d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set


def _deepcopy_bytearray(x, memo):
    return bytearray(x)
try:
    d[bytearray] = _deepcopy_bytearray
except NameError:
    pass


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))
d[types.MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)]=[x]


_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)

# Builtin bases whose value is passed to __new__ (their __getnewargs__).
_value_bases = (int, float, complex, str, bytes, tuple, frozenset)


def _reduce(x, cls):
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not _object_reduce_ex:
        rv = x.__reduce_ex__(4)
    else:
        reductor = getattr(cls, '__reduce__', None)
        if reductor is not None and reductor is not _object_reduce:
            rv = x.__reduce__()
        else:
            rv = _reduce_newobj(x, cls)
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple):
        raise Error("un(deep)copyable object of type %s" % cls)
    return rv


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce_newobj(x, cls):
    """The (callable, args, state, listitems, dictitems) that object.__reduce_ex__(4) gives."""
    if cls.__module__ == 'builtins' and cls is not object:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    kwargs = None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            args = ()
            for base in cls.__mro__:
                if base in _value_bases:
                    args = (base(x),)
                    break
    state = _getstate(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, listitems, dictitems
    return _newobj, (cls,) + tuple(args), state, listitems, dictitems


def _getstate(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slots = {}
    for base in cls.__mro__:
        names = base.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (base.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y

del types
`;
