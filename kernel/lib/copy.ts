/**
 * copy: shallow and deep copy operations.
 * Implements: copy() and deepcopy() with CPython's order of choices (per-type copiers, classes
 * as atoms, __copy__/__deepcopy__, then the reduce protocol and reconstruction), the memo
 * (each copy recorded under the original's id, the originals kept alive in memo[id(memo)]),
 * Error. A class that does not define __reduce_ex__ or __reduce__ is reduced the way
 * object.__reduce_ex__(4) does (Objects/typeobject.c reduce_newobj): cls.__new__(cls, *args)
 * from __getnewargs_ex__/__getnewargs__, its __dict__ and slot values as state ("cannot pickle"
 * for objects with C-level fields), list items and dict items.
 * NON-CPYTHON: written for the kernel, whose object.__reduce_ex__ does not reduce objects:
 * the reduction of plain instances is done here. There is no copyreg, so no dispatch_table;
 * Error exists but is never raised (every object has the reduce methods).
 */
export const source = String.raw`"""Generic (shallow and deep) copying operations."""

from _weakref import ref as _weakref_ref


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _function():
    pass


_FunctionType = type(_function)
_CodeType = type(_function.__code__)
_BuiltinFunctionType = type(len)
_MethodType = type(_function.__get__(0))
del _function

# Objects of these types are their own copies.
_ATOMS = (type(None), int, float, bool, complex, str, bytes, type, range, _BuiltinFunctionType,
          type(Ellipsis), type(NotImplemented), _FunctionType, _weakref_ref, _CodeType, property)


### Shallow copies

_shallow = {t: None for t in _ATOMS + (tuple, frozenset, slice)}
_shallow.update({list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy})


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _shallow:
        copier = _shallow[cls]
        return x if copier is None else copier(x)
    if issubclass(cls, type):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    reduced = _reduce(x, cls)
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


### Deep copies

_MISSING = []


def deepcopy(x, memo=None, _nil=_MISSING):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    result = _deep(x, memo)
    # An object that is its own copy is not recorded.
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _deep(x, memo):
    cls = type(x)
    copier = _deep_copiers.get(cls)
    if copier is not None:
        return copier(x, memo)
    if issubclass(cls, type):
        return x
    hook = getattr(x, "__deepcopy__", None)
    if hook is not None:
        return hook(memo)
    reduced = _reduce(x, cls)
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, memo, *reduced)


def _atom(x, memo):
    return x


def _deep_list(x, memo):
    copied = []
    # Recorded before the items, so that a list containing itself copies to itself.
    memo[id(x)] = copied
    for item in x:
        copied.append(deepcopy(item, memo))
    return copied


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple reached again through its own items was copied meanwhile.
    if id(x) in memo:
        return memo[id(x)]
    if all(a is b for a, b in zip(x, items)):
        return x
    return tuple(items)


def _deep_dict(x, memo):
    copied = {}
    memo[id(x)] = copied
    for key, value in x.items():
        copied[deepcopy(key, memo)] = deepcopy(value, memo)
    return copied


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {t: _atom for t in _ATOMS}
_deep_copiers.update({list: _deep_list, tuple: _deep_tuple, dict: _deep_dict, _MethodType: _deep_method})


def _keep_alive(x, memo):
    # The memo maps ids; the originals must outlive it, or an id could be reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


### The reduce protocol

def _reduce(x, cls):
    if cls.__reduce_ex__ is not object.__reduce_ex__:
        return x.__reduce_ex__(4)
    if cls.__reduce__ is not object.__reduce__:
        return x.__reduce__()
    return _reduce_object(x, cls)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _new_arguments(x):
    # (args, kwargs) from __getnewargs_ex__ or __getnewargs__, or (None, None).
    getter = getattr(x, "__getnewargs_ex__", None)
    if getter is not None:
        pair = getter()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getter = getattr(x, "__getnewargs__", None)
    if getter is not None:
        args = getter()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    return None, None


def _reduce_object(x, cls):
    """What object.__reduce_ex__(4) returns: (callable, args, state, listitems, dictitems)."""
    args, kwargs = _new_arguments(x)
    required = args is None and not isinstance(x, (list, dict))
    state = _object_state(x, cls, required)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, listitems, dictitems
    return _newobj, (cls,) + (args or ()), state, listitems, dictitems


def _slot_names(cls):
    # copyreg._slotnames: the names of the slots of cls and its bases, mangled; cached on cls.
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get("__slots__", ())
        for name in ((slots,) if isinstance(slots, str) else slots):
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                owner = base.__name__.lstrip("_")
                if owner:
                    name = "_%s%s" % (owner, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _object_state(x, cls, required):
    # object.__getstate__: the instance dict (None when empty), with the slot values beside it.
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return x.__getstate__()
    names = _slot_names(cls)
    if required:
        size = object.__basicsize__ + 8 * len(names)
        for member in ("__dict__", "__weakref__"):
            if any(member in base.__dict__ for base in cls.__mro__):
                size += 8
        if cls.__basicsize__ > size or cls.__itemsize__:
            raise TypeError("cannot pickle '%s' object" % cls.__name__)
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for name in names:
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _set_state(y, state):
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)
`;
