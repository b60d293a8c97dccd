/**
 * typing: runtime support for type hints. Special forms (Any, Union, Optional, Literal,
 * ClassVar, Final, Annotated, Concatenate, TypeGuard, Required, NotRequired, Unpack, Never,
 * NoReturn, Self, LiteralString, TypeAlias), TypeVar, ParamSpec, TypeVarTuple, Generic and
 * Protocol (with runtime_checkable and the Supports* protocols), the generic aliases of the
 * builtin and collections.abc types (List, Dict, Callable, Tuple, Type...), NamedTuple,
 * TypedDict, NewType, ForwardRef, get_type_hints, get_origin, get_args, cast, overload
 * (get_overloads, clear_overloads), final, assert_type, assert_never, reveal_type,
 * no_type_check, dataclass_transform, is_typeddict.
 * CPython 3.11: Lib/typing.py; behaviour as documented for the typing module and as CPython
 * 3.11.7 shows it: reprs, equality and caching of aliases, substitution of type variables,
 * __parameters__ and __orig_bases__, the errors and their messages. The alias classes keep the
 * names CPython gives them (type(List[int]) is typing._GenericAlias), since programs see them.
 * Written for the kernel: subscriptions are cached in one small LRU table (_remembered);
 * collections.abc is read from _collections_abc so that importing typing does not import
 * collections; Deque, DefaultDict, OrderedDict, Counter, ChainMap, ContextManager,
 * AsyncContextManager and the Supports* protocols are made on first use (module __getattr__).
 * NON-CPYTHON: checks of protocol classes made on behalf of isinstance() or functools are
 * recognised by a flag and by looking for a functools frame, not by CPython's fixed frame
 * depth. Substituting a TypeVarTuple (Generic[*Ts][int, str]) raises TypeError saying it is not
 * supported. IO, TextIO, BinaryIO, Pattern and Match are not provided (the kernel has no io or
 * re module): using them raises AttributeError naming them. The DeprecationWarning of the
 * keyword form of TypedDict is not printed (no warnings module).
 */
export const source = String.raw`"""Runtime support for type hints (PEP 484 and the PEPs after it)."""

import sys
import types
import _collections_abc as _abcs
from abc import ABCMeta, abstractmethod
from operator import getitem as _getitem

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'AnyStr', 'assert_type', 'assert_never', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self',
    'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

_NoneType = type(None)


# ---------------------------------------------------------------------------------------------
# Small helpers

def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _type_repr(obj):
    """How a type shows inside an alias: builtins by name, other classes module.qualname."""
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _caller_module(depth=2, default='__main__'):
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


_CACHE_SIZE = 128
_cache = {}


def _cache_key(owner, params):
    if type(params) is tuple:
        kinds = tuple(type(p) for p in params)
    else:
        kinds = type(params)
    return owner, params, kinds


def _remembered(make):
    """Decorate a subscription so that equal subscriptions return the same object (an LRU
    table of the last 128, keyed by the arguments and their types, like functools.lru_cache
    with typed=True); unhashable arguments are not cached."""
    def cached(owner, params):
        key = (make, *_cache_key(owner, params))
        try:
            hash(key)
        except TypeError:
            return make(owner, params)
        hit = _cache.pop(key, _cache)
        if hit is _cache:
            hit = make(owner, params)
            if len(_cache) >= _CACHE_SIZE:
                del _cache[next(iter(_cache))]
        _cache[key] = hit
        return hit
    cached.__name__ = make.__name__
    cached.__qualname__ = make.__qualname__
    cached.__doc__ = make.__doc__
    cached.__wrapped__ = make
    return cached


def _as_tuple(items):
    return items if isinstance(items, tuple) else (items,)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that arg can stand where a type is expected; None and strings are converted."""
    refused = (Generic, Protocol)
    if not allow_special_forms:
        refused += (ClassVar,)
        if is_argument:
            refused += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in refused:
        raise TypeError('%s is not valid as type argument' % (arg,))
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _takes_param_spec(callable_args):
    """Whether Callable arguments are (parameter expression, result) rather than flattened."""
    return len(callable_args) == 2 and _is_param_expr(callable_args[0])


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            if arg not in found:
                found.append(arg)
        else:
            for inner in getattr(arg, '__parameters__', ()):
                if inner not in found:
                    found.append(inner)
    return tuple(found)


def _check_arity(alias, args, expected):
    if not expected:
        raise TypeError('%s is not a generic class' % (alias,))
    given = len(args)
    if given != expected:
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if given > expected else 'few', alias, given, expected))


def _without_duplicates(params):
    kept = []
    for p in params:
        if p not in kept:
            kept.append(p)
    return kept


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return flat


def _substitute(alias, args):
    """The arguments of alias once its type variables are replaced by args."""
    params = alias.__parameters__
    for param in params:
        prepare = getattr(param, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    _check_arity(alias, args, len(params))
    mapping = {param: param.__typing_subst__(arg) for param, arg in zip(params, args)}
    return tuple(_replace_variables(old, mapping) for old in alias.__args__)


def _replace_variables(old, mapping):
    if hasattr(old, '__typing_subst__'):
        return mapping[old]
    inner = getattr(old, '__parameters__', ())
    if inner and not isinstance(old, type):
        replaced = tuple(mapping[p] for p in inner)
        return old[replaced[0] if len(replaced) == 1 else replaced]
    return old


# ---------------------------------------------------------------------------------------------
# The base of typing's own objects, special forms, Any

class _Final:
    """Base of typing's objects, which cannot be subclassed."""
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')


class _Immutable:
    """Copies of these objects are the objects themselves."""
    __slots__ = ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _NotIterable:
    """Aliases define __getitem__, which must not make them look iterable."""
    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):
    # A typing construct used only in annotations: it may be subscripted (if subscript is
    # given) but not called, subclassed or used with isinstance(). (No docstring: each
    # instance has its own __doc__ slot.)
    __slots__ = ('_name', '__doc__', '_subscript')

    def __init__(self, name, subscript=None, doc=None):
        self._name = name
        self._subscript = subscript
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __getitem__(self, parameters):
        if self._subscript is None:
            raise TypeError('%s is not subscriptable' % (self,))
        return self._subscript(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        parameters = _as_tuple(parameters)
        return self._subscript(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type; subclass it to accept any attribute in a checker's eyes."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *args, **kwargs)


def _single_type(form, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % (form,))
    return _GenericAlias(form, (item,))


def _key_marker(form, parameters):
    item = _type_check(parameters, '%s accepts only a single type.' % (form._name,))
    return _GenericAlias(form, (item,))


def _union(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    parameters = _as_tuple(parameters)
    checked = tuple(_type_check(p, 'Union[arg, ...]: each arg must be a type.') for p in parameters)
    members = _without_duplicates(_flatten_union(checked))
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:
        return _UnionGenericAlias(form, tuple(members), name='Optional')
    return _UnionGenericAlias(form, tuple(members))


def _optional(form, parameters):
    arg = _type_check(parameters, '%s requires a single type.' % (form,))
    return Union[arg, _NoneType]


def _literal_key(values):
    return [(value, type(value)) for value in values]


def _literal(form, parameters):
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        seen = set()
        unique = []
        for value, key in zip(flat, _literal_key(flat)):
            if key not in seen:
                seen.add(key)
                unique.append(value)
        flat = unique
    except TypeError:
        pass  # unhashable values are all kept
    return _LiteralGenericAlias(form, tuple(flat))


def _concatenate(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    parameters = _as_tuple(parameters)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(form, parameters, _paramspec_tvars=True)


def _unpack(form, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % (form,))
    return _UnpackGenericAlias(origin=form, args=(item,))


NoReturn = _SpecialForm('NoReturn', doc='The type of functions that never return.')
Never = _SpecialForm('Never', doc='The bottom type: no value has it.')
Self = _SpecialForm('Self', doc='The type of the instance a method is called on.')
LiteralString = _SpecialForm('LiteralString', doc='A str built only from literals.')
TypeAlias = _SpecialForm('TypeAlias', doc='Marks an assignment as a type alias.')
ClassVar = _SpecialForm('ClassVar', _remembered(_single_type), 'A class variable, not an instance variable.')
Final = _SpecialForm('Final', _remembered(_single_type), 'A name that cannot be re-assigned.')
TypeGuard = _SpecialForm('TypeGuard', _remembered(_single_type), 'A predicate narrowing its argument.')
Required = _SpecialForm('Required', _remembered(_key_marker), 'A key a TypedDict must have.')
NotRequired = _SpecialForm('NotRequired', _remembered(_key_marker), 'A key a TypedDict may omit.')
Union = _SpecialForm('Union', _remembered(_union), 'Union[X, Y] means either X or Y.')
Optional = _SpecialForm('Optional', _remembered(_optional), 'Optional[X] is Union[X, None].')
Literal = _LiteralSpecialForm('Literal', _remembered(_literal), 'The given values and only them.')
Concatenate = _SpecialForm('Concatenate', _remembered(_concatenate), 'Parameters added before a ParamSpec.')
Unpack = _SpecialForm('Unpack', _remembered(_unpack), 'Unpacks a TypeVarTuple: Unpack[Ts] is *Ts.')


# ---------------------------------------------------------------------------------------------
# Type variables

class _TypeVarLike(_Final, _Immutable, _root=True):
    """What TypeVar, ParamSpec and TypeVarTuple share: a name, the module that created them,
    pickling by name, and | building a Union."""

    def _named(self, name):
        self.__name__ = name
        creator = _caller_module(3)
        if creator != 'typing':
            self.__module__ = creator

    def __reduce__(self):
        return self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _set_variance(var, bound, covariant, contravariant):
    if covariant and contravariant:
        raise ValueError('Bivariant types are not supported.')
    var.__covariant__ = bool(covariant)
    var.__contravariant__ = bool(contravariant)
    var.__bound__ = _type_check(bound, 'Bound must be a type.') if bound else None


def _variance_repr(var):
    return ('+' if var.__covariant__ else '-' if var.__contravariant__ else '~') + var.__name__


class TypeVar(_TypeVarLike, _root=True):
    """A type variable: T = TypeVar('T'), bounded (bound=...) or constrained (TypeVar('T', A, B))."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self._named(name)
        _set_variance(self, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple([_type_check(c, 'TypeVar(name, constraint, ...): constraints must be types.')
                                      for c in constraints])

    __repr__ = _variance_repr

    def __typing_subst__(self, arg):
        arg = _type_check(arg, 'Parameters to generic types must be types.', is_argument=True)
        if isinstance(arg, _UnpackGenericAlias) or getattr(arg, '__unpacked__', False):
            raise TypeError('%s is not valid as type argument' % (arg,))
        return arg


class TypeVarTuple(_TypeVarLike, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self._named(name)

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        raise TypeError('substituting a TypeVarTuple (%s in %s) is not supported by this kernel'
                        % (self, alias))


class _ParamSpecPart(_Final, _Immutable, _root=True):
    _part = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._part)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """P.args: the positional arguments of a ParamSpec."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """P.kwargs: the keyword arguments of a ParamSpec."""
    _part = 'kwargs'


class ParamSpec(_TypeVarLike, _root=True):
    """A parameter specification variable: the whole parameter list of a callable."""

    args = property(ParamSpecArgs)
    kwargs = property(ParamSpecKwargs)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._named(name)
        _set_variance(self, bound, covariant, contravariant)

    __repr__ = _variance_repr

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple([_type_check(a, 'Expected a type.') for a in arg])
        if _is_param_expr(arg):
            return arg
        raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %s' % (arg,))

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        where = params.index(self)
        if where >= len(args):
            raise TypeError('Too few arguments for %s' % (alias,))
        if len(params) == 1 and not _is_param_expr(args[0]):
            return (args,)
        if isinstance(args[where], list):
            return args[:where] + (tuple(args[where]),) + args[where + 1:]
        return args


# ---------------------------------------------------------------------------------------------
# Generic aliases

def _origin_and_args(alias):
    return alias.__origin__, alias.__args__


def _union_with(left, right):
    return Union[left, right]


class _BaseGenericAlias(_Final, _root=True):
    """What subscripting a generic gives: it remembers its origin class, can be called to make
    an instance of it (which remembers the alias in __orig_class__), and forwards plain
    attribute lookups to the origin."""

    # Attributes the alias keeps for itself; any other non-dunder one is set on the origin.
    _OWN = frozenset(['_name', '_inst', '_nparams', '_paramspec_tvars'])

    def __init__(self, origin, *, inst=True, name=None):
        # object.__setattr__ skips this class's own __setattr__ (these are all its own)
        keep = object.__setattr__
        keep(self, '_inst', inst)
        keep(self, '_name', name)
        keep(self, '__origin__', origin)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass
        return made

    def __mro_entries__(self, bases):
        origin = self.__origin__
        later = bases[bases.index(self) + 1:]
        generic_later = any(isinstance(b, _BaseGenericAlias) or issubclass(b, Generic) for b in later)
        return (() if origin in bases else (origin,)) + (() if generic_later else (Generic,))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        forward = not _is_dunder(attr) and '__origin__' in self.__dict__
        if forward:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if attr in self._OWN or _is_dunder(attr):
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __dir__(self):
        mine = object.__dir__(self)
        return list(set(mine) | {a for a in dir(self.__origin__) if not _is_dunder(a)})

    __or__ = _union_with

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Box[T], Callable[[int], str]..."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        args = _as_tuple(args)
        keep = object.__setattr__
        keep(self, '__args__', tuple([... if a is _TypingEllipsis else a for a in args]))
        keep(self, '__parameters__', _collect_parameters(args))
        keep(self, '_paramspec_tvars', _paramspec_tvars)
        if not name:
            keep(self, '__module__', origin.__module__)

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return _origin_and_args(self) == _origin_and_args(other)
        return NotImplemented

    def __hash__(self):
        return hash(_origin_and_args(self))

    @_remembered
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError('Cannot subscript already-subscripted %s' % (self,))
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % (self,))
        return self.copy_with(_substitute(self, tuple(map(_type_convert, _as_tuple(args)))))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst,
                          _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        inside = ', '.join(map(_type_repr, self.__args__)) or '()'
        return '%s[%s]' % (head, inside)

    def __reduce__(self):
        target = globals()[self._name] if self._name else self.__origin__
        key = self.__args__
        if len(key) == 1 and type(key[0]) is not tuple:
            key = key[0]
        return _getitem, (target, key)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            if any(isinstance(b, _BaseGenericAlias) and b is not self for b in bases[bases.index(self) + 1:]):
                return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


class _TypingEllipsis:
    """Internal placeholder for ... in Tuple[int, ...] and Callable[..., T]."""


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """The unsubscripted aliases of builtin and collections.abc types: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=origin.__name__ if name is None else name)
        object.__setattr__(self, '_nparams', nparams)
        object.__setattr__(self, '__doc__', 'A generic version of %s.' % (_type_repr(origin),))

    @_remembered
    def __getitem__(self, params):
        checked = tuple([_type_check(p, 'Parameters to generic types must be types.') for p in _as_tuple(params)])
        _check_arity(self, checked, self._nparams)
        return self.copy_with(checked)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _GenericAlias):
            return _BaseGenericAlias.__subclasscheck__(self, cls)
        plain = cls.__origin__ if isinstance(cls, _SpecialGenericAlias) else cls
        return issubclass(plain, self.__origin__)

    def __reduce__(self):
        return self._name


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Callable[[int, str], bool]: the argument types are flattened into __args__."""

    def __repr__(self):
        if _takes_param_spec(self.__args__):
            return _GenericAlias.__repr__(self)
        *parameters, result = [_type_repr(a) for a in self.__args__]
        return 'typing.Callable[[%s], %s]' % (', '.join(parameters), result)

    def __reduce__(self):
        return _getitem, (Callable, get_args(self))

    def copy_with(self, params):
        if len(params) == 2 and isinstance(params[0], tuple):
            params = params[0] + (params[1],)
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        arguments, result = params
        if isinstance(arguments, list):
            arguments = tuple(arguments)
        return self._subscribe((arguments, result))

    @_remembered
    def _subscribe(self, params):
        arguments, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if arguments is ...:
            return self.copy_with((_TypingEllipsis, result))
        return self.copy_with(tuple(map(_type_convert, _as_tuple(arguments))) + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_remembered
    def __getitem__(self, params):
        params = _as_tuple(params)
        variadic = len(params) > 1 and params[-1] is ...
        if variadic:
            items = [_type_check(p, 'Tuple[t, ...]: t must be a type.') for p in params[:-1]]
            return self.copy_with(tuple(items) + (_TypingEllipsis,))
        return self.copy_with(tuple([_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.') for p in params]))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[X, Y]: equal to any union of the same members, in any order."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and _NoneType in members:
            kept = [m for m in members if m is not _NoneType] or [_NoneType]
            return 'typing.Optional[%s]' % (_type_repr(kept[0]),)
        return 'typing.Union[%s]' % ', '.join(map(_type_repr, members))

    def __instancecheck__(self, obj):
        return _UnionGenericAlias.__subclasscheck__(self, type(obj))

    def __subclasscheck__(self, cls):
        for member in self.__args__:
            if issubclass(cls, member):
                return True
        return False

    def __reduce__(self):
        return _getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[1, 'a']: equal to any Literal of the same values (and value types)."""

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return frozenset(_literal_key(self.__args__)) == frozenset(_literal_key(other.__args__))
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(_literal_key(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        *leading, last = params
        if isinstance(last, (list, tuple)):
            return (*leading, *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*leading, *last.__args__)
        return _GenericAlias.copy_with(self, params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*%r' % (self.__args__[0],)

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return _GenericAlias.__getitem__(self, args)

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return type(self.__args__[0]) is TypeVarTuple


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: the type T with metadata; nested Annotated flatten."""

    def __init__(self, origin, metadata):
        while isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__), ', '.join(map(repr, self.__metadata__)))

    def __reduce__(self):
        return _getitem, (Annotated, (self.__origin__, *self.__metadata__))

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return _GenericAlias.__getattr__(self, attr)


class Annotated:
    """Annotated[T, x] is T with the metadata x attached (PEP 593)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    @_remembered
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.', allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % (cls.__module__,))


# ---------------------------------------------------------------------------------------------
# Generic and Protocol

class Generic:
    """Base of user generic classes: class Box(Generic[T]) makes Box[int] meaningful."""
    __slots__ = ()
    _is_protocol = False

    @_remembered
    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % (cls.__qualname__,))
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) or
                       (isinstance(p, _UnpackGenericAlias) and p.__typing_is_unpacked_typevartuple__)
                       for p in params):
                raise TypeError('Parameters to %s[...] must all be type variables or parameter '
                                'specification variables.' % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % (cls.__name__,))
        else:
            for param in cls.__parameters__:
                prepare = getattr(param, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_arity(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls.__parameters__ = _class_parameters(cls)


def _class_parameters(cls):
    """The type variables of a generic class, from its Generic[...] base or, without one, from
    all its subscripted bases."""
    if '__orig_bases__' in cls.__dict__:
        plain_generic = Generic in cls.__orig_bases__
    else:
        plain_generic = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                         and type(cls) != _TypedDictMeta)
    if plain_generic:
        raise TypeError('Cannot inherit from plain Generic')
    if '__orig_bases__' not in cls.__dict__:
        return ()
    found = _collect_parameters(cls.__orig_bases__)
    declared = None
    for base in cls.__orig_bases__:
        if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
            if declared is not None:
                raise TypeError('Cannot inherit from Generic[...] multiple types.')
            declared = base.__parameters__
    if declared is None:
        return found
    missing = [t for t in found if t not in declared]
    if missing:
        raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                        % (', '.join(str(t) for t in missing), ', '.join(str(g) for g in declared)))
    return declared


_SPECIAL_NAMES = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__args__', '__origin__', '__next_in_mro__', '__extra__', '__tree_hash__', '_gorg',
    '_MutableMapping__marker',
])

# Classes that protocols may inherit from besides other protocols.
_PROTOCOL_BASES = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable',
                        'Sized', 'Container', 'Collection', 'Reversible'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def _protocol_members(cls):
    """The names a class must have to satisfy protocol cls."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _SPECIAL_NAMES:
                names.add(name)
    return names


def _methods_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


# NON-CPYTHON: CPython lets abc and functools probe non-runtime protocols by looking at the
# calling frame; here isinstance() on a protocol sets this flag, and functools is found by name.
_probing = 0


def _reckless():
    if _probing:
        return True
    frame = sys._getframe(2)
    for _ in range(6):
        if frame is None:
            break
        if frame.f_globals.get('__name__') in ('functools',):
            return True
        frame = frame.f_back
    return False


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        global _probing
        if (getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False)
                and not _reckless()):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if (not getattr(cls, '_is_protocol', False) or _methods_only(cls)) and issubclass(instance.__class__, cls):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, name) and
                   (not callable(getattr(cls, name, None)) or getattr(instance, name) is not None)
                   for name in _protocol_members(cls)):
                return True
        _probing += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _probing -= 1


def _structural_hook(cls, other):
    """__subclasshook__ of protocols: other matches if it (or a base) defines every member."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _reckless():
            return NotImplemented
        raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
    if not _methods_only(cls):
        if _reckless():
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for name in _protocol_members(cls):
        for base in other.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, _abcs.Mapping) and name in annotations
                    and issubclass(other, Generic) and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes (structural subtyping, PEP 544): a class satisfies a protocol
    by having its members, without inheriting from it; see runtime_checkable."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_structural_hook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            allowed = (base in (object, Generic)
                       or base.__name__ in _PROTOCOL_BASES.get(base.__module__, [])
                       or (issubclass(base, Generic) and base._is_protocol))
            if not allowed:
                raise TypeError('Protocols can only inherit from other protocols, got %r' % (base,))
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Class decorator: let isinstance() and issubclass() check a protocol by its members."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


def _abs_stub(self) -> T_co:
    pass


def _round_stub(self, ndigits: int = 0) -> T_co:
    pass


# The Supports* protocols, made when first used (creating protocol classes is not cheap):
# name -> (its one abstract method, a stub with that method's signature, generic in T_co).
_SUPPORTS = {
    'SupportsInt': ('__int__', None, False),
    'SupportsFloat': ('__float__', None, False),
    'SupportsComplex': ('__complex__', None, False),
    'SupportsBytes': ('__bytes__', None, False),
    'SupportsIndex': ('__index__', None, False),
    'SupportsAbs': ('__abs__', _abs_stub, True),
    'SupportsRound': ('__round__', _round_stub, True),
}


def _make_supports(name):
    method, stub, generic = _SUPPORTS[name]
    if stub is None:
        def stub(self):
            pass
    stub.__name__ = method
    stub.__qualname__ = '%s.%s' % (name, method)
    doc = 'An ABC with one abstract method %s%s.' % (
        method, ' that is covariant in its return type' if generic else '')
    body = {'__doc__': doc, '__slots__': (), '__module__': __name__, method: abstractmethod(stub)}
    base = Protocol[T_co] if generic else Protocol
    return runtime_checkable(types.new_class(name, (base,), {'metaclass': _ProtocolMeta},
                                             lambda namespace: namespace.update(body)))


# ---------------------------------------------------------------------------------------------
# The aliases of builtin and collections.abc types

Hashable = _SpecialGenericAlias(_abcs.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abcs.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abcs.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abcs.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abcs.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abcs.Iterable, 1)
Iterator = _SpecialGenericAlias(_abcs.Iterator, 1)
Reversible = _SpecialGenericAlias(_abcs.Reversible, 1)
Sized = _SpecialGenericAlias(_abcs.Sized, 0)
Container = _SpecialGenericAlias(_abcs.Container, 1)
Collection = _SpecialGenericAlias(_abcs.Collection, 1)
Callable = _CallableType(_abcs.Callable, 2)
Callable.__doc__ = 'Callable[[X, Y], R] is a function of (X, Y) returning R; Callable[..., R] takes any arguments.'
AbstractSet = _SpecialGenericAlias(_abcs.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abcs.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abcs.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abcs.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abcs.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abcs.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abcs.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abcs.MappingView, 1)
KeysView = _SpecialGenericAlias(_abcs.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abcs.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abcs.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Generator = _SpecialGenericAlias(_abcs.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abcs.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
Text = str
TYPE_CHECKING = False

# Made when first used: they need collections or contextlib, which importing typing avoids.
_ON_FIRST_USE = {
    'Deque': ('collections', 'deque', 1, {'name': 'Deque'}),
    'DefaultDict': ('collections', 'defaultdict', 2, {'name': 'DefaultDict'}),
    'OrderedDict': ('collections', 'OrderedDict', 2, {}),
    'Counter': ('collections', 'Counter', 1, {}),
    'ChainMap': ('collections', 'ChainMap', 2, {}),
    'ContextManager': ('contextlib', 'AbstractContextManager', 1, {'name': 'ContextManager'}),
    'AsyncContextManager': ('contextlib', 'AbstractAsyncContextManager', 1, {'name': 'AsyncContextManager'}),
}
_UNSUPPORTED = ('IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match')


def __getattr__(name):
    if name in _SUPPORTS:
        made = globals()[name] = _make_supports(name)
        return made
    if name in _ON_FIRST_USE:
        module, attr, nparams, options = _ON_FIRST_USE[name]
        origin = getattr(__import__(module), attr)
        alias = globals()[name] = _SpecialGenericAlias(origin, nparams, **options)
        return alias
    if name in _UNSUPPORTED:
        raise AttributeError('typing.%s is not supported by this kernel (it has no io or re module)' % name)
    raise AttributeError("module 'typing' has no attribute %r" % (name,))


# ---------------------------------------------------------------------------------------------
# Forward references and get_type_hints

class ForwardRef(_Final, _root=True):
    """An annotation written as a string, evaluated later by get_type_hints()."""
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        expression = arg[1:] if arg.startswith('*') else arg
        try:
            compiled = compile(expression, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- got %r' % (arg,))
        self.__forward_arg__, self.__forward_code__ = arg, compiled
        self.__forward_evaluated__, self.__forward_value__ = False, None
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        text = self.__forward_arg__
        if text in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        outer = globalns if globalns is not None else localns if localns is not None else {}
        inner = localns if localns is not None else outer
        home = sys.modules.get(self.__forward_module__) if self.__forward_module__ is not None else None
        if home is not None:
            outer = home.__dict__
        found = _type_check(eval(self.__forward_code__, outer, inner),
                            'Forward references must evaluate to types.',
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(found, outer, inner, recursive_guard | {text})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        both_known = self.__forward_evaluated__ and other.__forward_evaluated__
        second = 'value' if both_known else 'module'
        return _forward_key(self, second) == _forward_key(other, second)

    def __hash__(self):
        return hash(_forward_key(self, 'module'))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else ', module=%r' % (self.__forward_module__,)
        return 'ForwardRef(%r%s)' % (self.__forward_arg__, module)


def _forward_key(ref, second):
    if second == 'value':
        return ref.__forward_arg__, ref.__forward_value__
    return ref.__forward_arg__, ref.__forward_module__


def _rebuild(alias, args):
    """alias with new arguments, for typing's aliases and for list[int]-style ones."""
    if isinstance(alias, types.GenericAlias):
        return types.GenericAlias(alias.__origin__, args)
    return alias.copy_with(args)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with its forward references evaluated, recursing into aliases."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if not isinstance(t, (_GenericAlias, types.GenericAlias)):
        return t
    pending = t.__args__
    if isinstance(t, types.GenericAlias):
        pending = tuple(ForwardRef(a) if isinstance(a, str) else a for a in pending)
    done = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in pending)
    return t if done == t.__args__ else _rebuild(t, done)


def _strip_extras(t):
    """t without Annotated, Required and NotRequired wrappers."""
    while True:
        if isinstance(t, _AnnotatedAlias):
            t = t.__origin__
        elif isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
            t = t.__args__[0]
        else:
            break
    if not isinstance(t, (_GenericAlias, types.GenericAlias)):
        return t
    plain = tuple(_strip_extras(a) for a in t.__args__)
    return t if plain == t.__args__ else _rebuild(t, plain)


def _hint(value, scope, local_scope, **forward_options):
    if value is None:
        value = _NoneType
    elif isinstance(value, str):
        value = ForwardRef(value, **forward_options)
    return _eval_type(value, scope, local_scope)


def _class_hints(cls, globalns, localns):
    """The annotations of cls and its bases, most basic first; each base's names are looked
    up in its own module (and its own namespace)."""
    hints = {}
    for base in cls.__mro__[::-1]:
        module_scope = globalns
        if module_scope is None:
            module_scope = getattr(sys.modules.get(base.__module__), '__dict__', {})
        class_scope = dict(vars(base)) if localns is None else localns
        if globalns is None and localns is None:
            # the class namespace takes precedence over the module's
            module_scope, class_scope = class_scope, module_scope
        for name, value in base.__dict__.get('__annotations__', {}).items():
            hints[name] = _hint(value, module_scope, class_scope, is_argument=False, is_class=True)
    return hints


def _object_hints(obj, globalns, localns):
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            innermost = obj
            while hasattr(innermost, '__wrapped__'):
                innermost = innermost.__wrapped__
            globalns = getattr(innermost, '__globals__', {})
    if localns is None:
        localns = globalns
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        if isinstance(obj, _HINTLESS):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    as_argument = not isinstance(obj, types.ModuleType)
    return {name: _hint(value, globalns, localns, is_argument=as_argument, is_class=False)
            for name, value in dict(annotations).items()}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with string annotations evaluated
    (a class collects those of its bases too). Annotated and Required/NotRequired are removed
    unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        hints = _object_hints(obj, globalns, localns)
    if not include_extras:
        hints = {name: _strip_extras(t) for name, t in hints.items()}
    return hints


# Callables without __annotations__ that get_type_hints() answers with {}.
_HINTLESS = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType,
             types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)


def _is_union_type(tp):
    return isinstance(tp, types.UnionType)


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list, of Union[...] is Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if tp is Generic:
        return Generic
    if _is_union_type(tp):
        return types.UnionType
    has_origin = (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)
    return tp.__origin__ if isinstance(tp, has_origin) else None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) is (str, int); the
    argument list of a Callable comes back as a list."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if _is_union_type(tp):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, types.GenericAlias)):
        return ()
    found = tp.__args__
    if tp.__origin__ is _abcs.Callable and not _takes_param_spec(found):
        *parameters, result = found
        return (parameters, result)
    return found


# ---------------------------------------------------------------------------------------------
# NamedTuple, TypedDict, NewType

_NAMEDTUPLE_RESERVED = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                  '_field_defaults', '_make', '_replace', '_asdict', '_source'])
_NAMEDTUPLE_KEEP = frozenset(['__module__', '__name__', '__annotations__'])


def _make_namedtuple(name, fields, module, defaults=()):
    from collections import namedtuple
    checked = {n: _type_check(t, 'field %s annotation must be a type' % n) for n, t in fields}
    made = namedtuple(name, [n for n, _ in fields], defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = checked
    return made


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        annotations = ns.get('__annotations__', {})
        defaults = []
        for field in annotations:
            if field in ns:
                defaults.append(ns[field])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field, 's' if len(defaults) > 1 else '', ', '.join(
                                    f for f in annotations if f in ns)))
        made = _make_namedtuple(typename, annotations.items(), ns['__module__'], defaults)
        made.__bases__ = bases
        if Generic in bases:
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_KEEP and key not in made._fields:
                setattr(made, key, value)
        if Generic in bases:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: class Point(NamedTuple): x: int; y: int = 0, or
    NamedTuple('Point', [('x', int), ('y', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_namedtuple(typename, list(fields), module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(t, msg, module=made.__module__)
               for n, t in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, annotation in own.items():
            origin = get_origin(annotation)
            if origin is Annotated:
                origin = get_origin(annotation.__origin__)
            if origin is Required or (origin is not NotRequired and total):
                required.add(key)
            else:
                optional.add(key)
        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys: class Movie(TypedDict): name: str, or
    TypedDict('Movie', {'name': str}). Its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    namespace = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        namespace['__module__'] = module
    return _TypedDictMeta(typename, (), namespace, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType('UserId', int): a distinct name for a type, for checkers; calling it returns
    its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        # The class statement names the subclass only to the base's __init_subclass__.
        supertype_name = self.__name__

        class _RefuseSubclass:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                                '\x60%s = NewType(%r, %s)\x60' % (name, name, supertype_name))
        return (_RefuseSubclass,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Tell a type checker that val has type typ; at run time, return val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val has type typ; at run time, return val."""
    return val


def assert_never(arg, /):
    """Mark code a type checker should prove unreachable; reaching it raises AssertionError."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % (shown,))


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj."""
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated functions '
        'outside a stub module should always be followed by an implementation that is not @overload-ed.')


def overload(func):
    """Declare one signature of an overloaded function; the undecorated definition that
    follows is the implementation."""
    target = getattr(func, '__func__', func)
    try:
        key = (target.__module__, target.__qualname__)
        _overloads.setdefault(key, {})[target.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload definitions recorded for func, in definition order."""
    target = getattr(func, '__func__', func)
    key = (getattr(target, '__module__', None), getattr(target, '__qualname__', None))
    return list(_overloads.get(key, {}).values())


def clear_overloads():
    """Forget every recorded @overload definition."""
    _overloads.clear()


def final(f):
    """Mark a method or class final for type checkers; sets f.__final__ when it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Tell type checkers to ignore a function's or class's annotations."""
    if isinstance(arg, type):
        for value in list(arg.__dict__.values()):
            if isinstance(value, types.FunctionType) and value.__qualname__.startswith(arg.__qualname__ + '.'):
                value.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator give its results the no_type_check effect."""
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    wrapped.__name__ = getattr(decorator, '__name__', 'wrapped')
    wrapped.__wrapped__ = decorator
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as creating dataclass-like classes (PEP 681)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator
`;
