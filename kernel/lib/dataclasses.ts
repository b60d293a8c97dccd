/**
 * dataclasses: the @dataclass decorator and its helpers: field(), Field, fields, asdict, astuple,
 * replace, make_dataclass, is_dataclass, InitVar, KW_ONLY, MISSING, FrozenInstanceError.
 * CPython 3.11: Lib/dataclasses.py; behaviour as documented for the dataclasses module (the
 * generated methods, the __hash__ rules, slots=True, the errors and their messages).
 * Written for the kernel: a class is read into an ordered table of Field records, then every
 * method the options ask for is written out as Python source and compiled in one exec, so each
 * is an ordinary function whose signature names the fields (argument errors read
 * "Item.__init__() missing 1 required positional argument: 'name'", as in CPython). The
 * generated class docstring is the signature as inspect would format it.
 * NON-CPYTHON: the class docstring is formatted here, not by inspect (absent from the kernel);
 * a class whose constructor is a builtin's other than object's gets no signature, as inspect
 * would fail there too. Left out: nothing of the public API.
 */
export const source = String.raw`"""Generate special methods (__init__, __repr__, __eq__...) for classes of annotated fields."""

import sys
import types
from abc import update_abstractmethods

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised on an attempt to assign or delete a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    """What an annotated name turns out to be: a field, a ClassVar or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')
_NO_METADATA = types.MappingProxyType({})


class InitVar:
    """InitVar[T] marks a pseudo-field passed to __init__ and __post_init__ but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % shown

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as field() describes it; fields() returns these."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _NO_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return 'Field(' + ','.join(['%s=%r' % (name, getattr(self, name)) for name in _FIELD_REPR_ORDER]) + ')'

    def __set_name__(self, owner, name):
        # The default may itself want to know its name (a descriptor used as a default).
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                     'metadata', 'kw_only', '_field_type')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return '_DataclassParams(' + ','.join(['%s=%r' % (slot, getattr(self, slot)) for slot in self.__slots__]) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default or default_factory, and whether it takes part in
    __init__, __repr__, comparisons and __hash__, or is keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The Field objects of a dataclass or of one of its instances, in definition order."""
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


# Recognising ClassVar, InitVar and KW_ONLY annotations, also when written as strings.

def _is_classvar(annotation, typing):
    return annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar


def _is_initvar(annotation, dataclasses):
    return annotation is dataclasses.InitVar or type(annotation) is dataclasses.InitVar


def _is_kw_only(annotation, dataclasses):
    return annotation is dataclasses.KW_ONLY


def _leading_names(text):
    """For 'mod.Name[...]' return ('mod', 'Name'); for 'Name...' return ('', 'Name')."""
    words = []
    rest = text.lstrip()
    for _ in range(2):
        end = 0
        while end < len(rest) and (rest[end].isalnum() or rest[end] == '_'):
            end += 1
        if not end:
            break
        words.append(rest[:end])
        rest = rest[end:].lstrip()
        if not rest.startswith('.') or len(words) == 2:
            break
        rest = rest[1:].lstrip()
    if not words:
        return None
    if len(words) == 2:
        return words[0], words[1]
    return '', words[0]


def _string_names(annotation, cls, module, test):
    """Whether the string annotation names what test() accepts, resolved in cls's module."""
    names = _leading_names(annotation)
    home = sys.modules.get(getattr(cls, '__module__', None))
    if names is None or home is None:
        return False
    prefix, name = names
    scope = home.__dict__
    if prefix:
        if scope.get(prefix) is not module:
            return False
        scope = module.__dict__
    return test(scope.get(name), module)


def _annotation_is(annotation, cls, module, test):
    if test(annotation, module):
        return True
    return isinstance(annotation, str) and _string_names(annotation, cls, module, test)


# Reading a class into fields.

def _read_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    this = sys.modules[__name__]
    if typing is not None and _annotation_is(annotation, cls, typing, _is_classvar):
        f._field_type = _FIELD_CLASSVAR
    elif _annotation_is(annotation, cls, this, _is_initvar):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


def _own_fields(cls, kw_only):
    """The fields declared by cls's own annotations, in order; KW_ONLY switches to keyword-only."""
    result = []
    seen_marker = False
    this = sys.modules[__name__]
    for name, annotation in cls.__dict__.get('__annotations__', {}).items():
        if _annotation_is(annotation, cls, this, _is_kw_only):
            if seen_marker:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            seen_marker = True
            kw_only = True
            continue
        result.append(_read_field(cls, name, annotation, kw_only))
    return result


# Writing methods as source text.

class _MethodWriter:
    """Collects the source of the methods to generate for one class, with the objects their
    text refers to, then compiles them all at once."""

    def __init__(self, cls):
        self.cls = cls
        self.env = {}
        self.methods = []

    def name_for(self, key, value):
        """A name the generated code can use for value."""
        name = '_dc_' + key
        self.env[name] = value
        return name

    def add(self, name, params, lines, returns=''):
        body = '\n'.join('        ' + line for line in (lines or ['pass']))
        self.methods.append((name, '    def %s(%s)%s:\n%s\n' % (name, ', '.join(params), returns, body)))

    def build(self):
        if not self.methods:
            return {}
        names = list(self.env)
        # pprint recognises a generated __repr__ by this factory's name in its __qualname__.
        text = 'def __create_fn__(%s):\n%s    return {%s}\n' % (
            ', '.join(names), ''.join(source for _, source in self.methods),
            ', '.join('%r: %s' % (name, name) for name, _ in self.methods))
        module = sys.modules.get(getattr(self.cls, '__module__', None))
        scope = module.__dict__ if module is not None else {}
        space = {}
        exec(text, scope, space)
        return space['__create_fn__'](*[self.env[name] for name in names])


def _self_name(all_fields):
    return '__dataclass_self__' if 'self' in all_fields else 'self'


def _write_init(writer, all_fields, frozen, has_post_init):
    self_name = _self_name(all_fields)
    params = [self_name]
    keyword_params = []
    after_default = None
    lines = []
    builtin_object = writer.name_for('object', object)
    for f in all_fields.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if f.init:
            annotation = writer.name_for('type_' + f.name, f.type)
            if f.default is not MISSING:
                param = '%s: %s = %s' % (f.name, annotation, writer.name_for('default_' + f.name, f.default))
            elif f.default_factory is not MISSING:
                param = '%s: %s = %s' % (f.name, annotation, writer.name_for('factory_marker', _HAS_DEFAULT_FACTORY))
            else:
                param = '%s: %s' % (f.name, annotation)
            if f.kw_only:
                keyword_params.append(param)
            else:
                has_default = '=' in param
                if after_default and not has_default:
                    raise TypeError('non-default argument %r follows default argument' % f.name)
                after_default = after_default or has_default
                params.append(param)
        if f._field_type is _FIELD_INITVAR:
            continue
        value = _initial_value(writer, f)
        if value is None:
            continue
        if frozen:
            lines.append('%s.__setattr__(%s, %r, %s)' % (builtin_object, self_name, f.name, value))
        else:
            lines.append('%s.%s = %s' % (self_name, f.name, value))
    if has_post_init:
        passed = [f.name for f in all_fields.values() if f._field_type is _FIELD_INITVAR]
        lines.append('%s.__post_init__(%s)' % (self_name, ', '.join(passed)))
    if keyword_params:
        params += ['*'] + keyword_params
    writer.add('__init__', params, lines, ' -> None')


def _initial_value(writer, f):
    """The expression __init__ assigns to field f, or None when it assigns nothing."""
    if f.default_factory is not MISSING:
        factory = writer.name_for('factory_' + f.name, f.default_factory)
        if not f.init:
            return factory + '()'
        marker = writer.name_for('factory_marker', _HAS_DEFAULT_FACTORY)
        return '%s() if %s is %s else %s' % (factory, f.name, marker, f.name)
    if f.init:
        return f.name
    return None


def _write_repr(writer, shown):
    parts = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in shown)
    writer.add('__repr__', ['self'], ['return self.__class__.__qualname__ + f"(%s)"' % parts])


def _guard_recursion(plain):
    """A __repr__ that shows '...' for an object already being shown further up."""
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return plain(self)
        finally:
            running.discard(key)
    __repr__.__wrapped__ = plain
    return __repr__


def _tuple_text(owner, compared):
    return '(' + ''.join('%s.%s,' % (owner, f.name) for f in compared) + ')'


def _write_comparison(writer, name, op, compared):
    writer.add(name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        '    return %s %s %s' % (_tuple_text('self', compared), op, _tuple_text('other', compared)),
        'return NotImplemented',
    ])


def _write_hash(writer, hashed):
    writer.add('__hash__', ['self'], ['return hash(%s)' % _tuple_text('self', hashed)])


def _write_frozen(writer, cls, field_names):
    cls_name = writer.name_for('cls', cls)
    error = writer.name_for('frozen_error', FrozenInstanceError)
    names = writer.name_for('field_names', frozenset(field_names))
    guard = 'if type(self) is %s or name in %s:' % (cls_name, names)
    writer.add('__setattr__', ['self', 'name', 'value'], [
        guard,
        '    raise %s(f"cannot assign to field {name!r}")' % error,
        'super(%s, self).__setattr__(name, value)' % cls_name,
    ])
    writer.add('__delattr__', ['self', 'name'], [
        guard,
        '    raise %s(f"cannot delete field {name!r}")' % error,
        'super(%s, self).__delattr__(name)' % cls_name,
    ])


def _hash_action(cls, unsafe_hash, eq, frozen):
    """What to do about __hash__: 'add', 'none' (make instances unhashable) or None (leave it).
    An explicit __hash__ in the class body counts, except the None Python puts there for a
    class that defines __eq__."""
    own = cls.__dict__.get('__hash__', MISSING)
    explicit = not (own is MISSING or (own is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if explicit:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        return 'add'
    if not eq or explicit:
        return None
    return 'add' if frozen else 'none'


def _install(cls, made, refuse=()):
    """Set the generated methods on cls; a name the class defines itself is kept, or is an
    error for the names in refuse."""
    for name, function in made.items():
        if name in cls.__dict__:
            if name in refuse:
                hint = '. Consider using functools.total_ordering' if name in ('__lt__', '__le__', '__gt__', '__ge__') else ''
                raise TypeError('Cannot overwrite attribute %s in class %s%s' % (name, cls.__name__, hint))
            continue
        if name == '__repr__':
            function = _guard_recursion(function)
        function.__qualname__ = '%s.%s' % (cls.__qualname__, name)
        setattr(cls, name, function)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    all_fields = {}
    has_dataclass_bases = False
    frozen_bases = set()
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, '__dataclass_fields__', None)
        if inherited is not None:
            has_dataclass_bases = True
            all_fields.update((f.name, f) for f in inherited.values())
            frozen_bases.add(base.__dataclass_params__.frozen)

    own = _own_fields(cls, kw_only)
    annotations = cls.__dict__.get('__annotations__', {})
    for f in own:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    if has_dataclass_bases:
        if True in frozen_bases and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if False in frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    hash_action = _hash_action(cls, unsafe_hash, eq, frozen)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    stored = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in stored if f.compare]
    writer = _MethodWriter(cls)
    if init:
        _write_init(writer, all_fields, frozen, hasattr(cls, '__post_init__'))
    if repr:
        _write_repr(writer, [f for f in stored if f.repr])
    if eq:
        _write_comparison(writer, '__eq__', '==', compared)
    _install(cls, writer.build())

    writer = _MethodWriter(cls)
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            _write_comparison(writer, name, op, compared)
    if frozen:
        _write_frozen(writer, cls, [f.name for f in stored])
    _install(cls, writer.build(), refuse=('__lt__', '__le__', '__gt__', '__ge__', '__setattr__', '__delattr__'))

    if hash_action == 'add':
        writer = _MethodWriter(cls)
        _write_hash(writer, [f for f in stored if (f.compare if f.hash is None else f.hash)])
        cls.__hash__ = writer.build()['__hash__']
        cls.__hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    elif hash_action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields.values()
                                   if f._field_type is not _FIELD_CLASSVAR and f.init and not f.kw_only)
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    update_abstractmethods(cls)
    return cls


# The class docstring: the constructor's signature, formatted as inspect.signature does.

def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _format_parameter(name, annotations, defaults):
    text = name
    if name in annotations:
        text += ': ' + _format_annotation(annotations[name])
    if name in defaults:
        text += (' = ' if name in annotations else '=') + repr(defaults[name])
    return text


def _format_signature(function):
    code = function.__code__
    names = code.co_varnames
    positional = code.co_argcount
    keyword_only = code.co_kwonlyargcount
    annotations = function.__annotations__
    defaults = dict(zip(names[positional - len(function.__defaults__ or ()):positional],
                        function.__defaults__ or ()))
    defaults.update(function.__kwdefaults__ or {})
    parts = [_format_parameter(name, annotations, defaults) for name in names[1:positional]]
    if code.co_posonlyargcount > 1:
        parts.insert(code.co_posonlyargcount - 1, '/')
    varargs = positional + keyword_only
    if code.co_flags & 0x04:
        parts.append('*' + _format_parameter(names[varargs], annotations, {}))
        varargs += 1
    elif keyword_only:
        parts.append('*')
    parts += [_format_parameter(name, annotations, defaults)
              for name in names[positional:positional + keyword_only]]
    if code.co_flags & 0x08:
        parts.append('**' + _format_parameter(names[varargs], annotations, {}))
    text = '(' + ', '.join(parts) + ')'
    if 'return' in annotations and annotations['return'] is not None:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


def _signature_text(cls):
    new = getattr(cls, '__new__', None)
    init = getattr(cls, '__init__', None)
    new = new if isinstance(new, types.FunctionType) else None
    init = init if isinstance(init, types.FunctionType) else None
    for base in cls.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return _format_signature(new)
        if init is not None and '__init__' in base.__dict__:
            return _format_signature(init)
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return '()'
    return ''


# slots=True: the class is made again with __slots__ for its fields.

def _declared_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError("Slots of '%s' cannot be determined" % cls.__name__)
    return tuple(slots)


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    namespace = dict(cls.__dict__)
    names = [f.name for f in fields(cls)] + (['__weakref__'] if weakref_slot else [])
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_declared_slots(base))
    namespace['__slots__'] = tuple(name for name in names if name not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        remade.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in namespace:
            remade.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            remade.__setstate__ = _frozen_setstate
    return remade


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turn a class with annotated fields into a dataclass: add the special methods the options
    ask for (without replacing those the class defines itself)."""
    def decorate(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    return decorate if cls is None else decorate(cls)


# Converting instances.

def _convert(obj, make_dict, make_tuple):
    """Copy obj recursively, turning each dataclass instance into make_dict(pairs) or
    make_tuple(values); other leaves are deep-copied."""
    if _is_instance(obj):
        if make_dict is not None:
            return make_dict([(f.name, _convert(getattr(obj, f.name), make_dict, make_tuple))
                              for f in fields(obj)])
        return make_tuple([_convert(getattr(obj, f.name), make_dict, make_tuple) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(item, make_dict, make_tuple) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(item, make_dict, make_tuple) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(key, make_dict, make_tuple), _convert(value, make_dict, make_tuple))
                         for key, value in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists, tuples
    and dicts."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, None)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, None, tuple_factory)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed; the others are copied."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """Create a dataclass named cls_name from a list of fields: each a name, (name, type) or
    (name, type, Field)."""
    import keyword
    annotations = {}
    values = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, values[item[0]] = item
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = annotation

    def fill(body):
        body.update(namespace or {})
        body.update(values)
        body['__annotations__'] = annotations
    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
`;
