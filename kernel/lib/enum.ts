/**
 * enum: enumerations. Enum, IntEnum, StrEnum, ReprEnum, Flag and IntFlag with the EnumType
 * metaclass (EnumMeta), auto, member, nonmember, property, unique, verify with EnumCheck
 * (UNIQUE, CONTINUOUS, NAMED_FLAGS), FlagBoundary (STRICT, CONFORM, EJECT, KEEP), global_enum
 * and its repr/str helpers, pickle_by_global_name, pickle_by_enum_name, show_flag_values.
 * CPython 3.11: Lib/enum.py; behaviour as documented for the enum module and as CPython 3.11.7
 * shows it: member creation and aliases, lookup by value (with _missing_) and by name, auto()
 * values, mixed-in data types, _ignore_ and _order_, Flag pseudo-members and boundaries, the
 * reprs, str() and format(), dir(), and the errors with their messages.
 * Written for the kernel: the class body is collected by a _MemberCollector namespace; each
 * member value is wrapped in a _Pending placeholder whose __set_name__ builds the member while
 * type.__new__ runs (so members exist before __init_subclass__, as in CPython); Flag
 * pseudo-members are built by _compose_flag.
 * NON-CPYTHON: the DeprecationWarnings of 3.11 (`in` with a non-member; auto() after a value it
 * cannot add 1 to) are not printed: the kernel has no warnings module. Left out: _simple_enum
 * and _test_simple_enum (used by CPython's own modules to declare their enums).
 */
export const source = String.raw`"""Enumerations: classes whose instances are a fixed set of named values."""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# Filled in as the module defines them; class creation checks them while they are still None.
Enum = ReprEnum = Flag = EJECT = KEEP = STRICT = None


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(class_name, name):
    prefix = '_%s__' % class_name
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _is_descriptor(value):
    return hasattr(value, '__get__') or hasattr(value, '__set__') or hasattr(value, '__delete__')


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _bits_of(value):
    """The single-bit values set in a non-negative int, lowest first."""
    while value:
        low = value & -value
        yield low
        value ^= low


def show_flag_values(value):
    """The powers of two that make up value."""
    return list(_bits_of(value))


def _binary(value, width):
    """value in binary as Flag errors show it: sign digit, a space, then width digits."""
    digits = bin(value & ((1 << width) - 1) if value < 0 else value)[2:].zfill(width)
    return '0b%d %s' % (1 if value < 0 else 0, digits)


class _AutoPending:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoPending()


class auto:
    """Stands for a member value that _generate_next_value_ will choose."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces value to become a member even if it is a descriptor (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps value a plain class attribute instead of a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """The name and value attributes of members (and members whose name a base class already
    uses): read on a member it calls fget; read on the class it gives the member of that name,
    or fails so that EnumType.__getattr__ answers."""
    member = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(instance)


_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
])


class _MemberCollector(dict):
    """The namespace of an enum class body: it records which names are members (in order),
    resolves auto() values and refuses what an enum may not define."""

    def __init__(self, class_name, next_value):
        super().__init__()
        self._class_name = class_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._next_value = next_value

    def __setitem__(self, key, value):
        kind = self._classify(key, value)
        if kind == 'ignored':
            return
        if kind == 'order':
            key = '_order_'
        elif kind == 'nonmember':
            value = value.value
        elif kind == 'member':
            value = self._member_value(key, value)
        dict.__setitem__(self, key, value)

    def _classify(self, key, value):
        """What assigning value to key in the class body makes: 'member', 'nonmember' (value
        wrapped in nonmember()), 'order' (__order__), 'ignored' (in _ignore_) or 'plain'."""
        if _is_private(self._class_name, key):
            return 'plain'
        if _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            self._set_sunder(key, value)
            return 'plain'
        if _is_dunder(key):
            return 'order' if key == '__order__' else 'plain'
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self._ignore:
            return 'ignored'
        if isinstance(value, nonmember):
            return 'nonmember'
        if _is_descriptor(value):
            return 'plain'
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        return 'member'

    def _member_value(self, key, value):
        if isinstance(value, member):
            value = value.value
        if type(value) is tuple and any(isinstance(item, auto) for item in value):
            # each auto() in a tuple counts as a value of its own; the tuple does not
            value = tuple([self._auto_value(key, item, True) if isinstance(item, auto) else item
                           for item in value])
        else:
            if isinstance(value, auto):
                value = self._auto_value(key, value, False)
            self._last_values += [value]
        self._member_names[key] = None
        return value

    def _set_sunder(self, key, value):
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._next_value = value
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = names
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))

    def _auto_value(self, key, pending, remember):
        if pending.value is _auto_null:
            pending.value = self._next_value(key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        if remember:
            self._last_values.append(pending.value)
        return pending.value

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value


class _Pending:
    """A member value in the class namespace; type.__new__ calls __set_name__, which turns it
    into the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        _add_member(enum_class, name, self.value)


def _construct_member(enum_class, value):
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    if not enum_class._use_args_:
        made = enum_class._new_member_(enum_class)
    else:
        made = enum_class._new_member_(enum_class, *args)
    if not hasattr(made, '_value_'):
        if not enum_class._use_args_ or enum_class._member_type_ is object:
            made._value_ = value
        else:
            try:
                made._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    return made, args


def _existing_with_value(enum_class, value):
    try:
        return enum_class._value2member_map_[value]
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None
    except KeyError:
        return None


def _shadowed_descriptor(enum_class, name):
    """A property-like attribute that a base class already has under name, if any."""
    found = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        if isinstance(attr, DynamicClassAttribute):
            return attr
        if hasattr(attr, 'fget') and hasattr(attr, 'fset') and hasattr(attr, 'fdel'):
            found = found or attr
    return found


def _add_member(enum_class, name, value):
    # The placeholder leaves the namespace; the member is added back at the end.
    type.__delattr__(enum_class, name)
    made, args = _construct_member(enum_class, value)
    value = made._value_
    made._name_ = name
    made.__objclass__ = enum_class
    made.__init__(*args)
    made._sort_order_ = len(enum_class._member_names_)
    canonical = _existing_with_value(enum_class, value)
    if canonical is not None:
        made = canonical
    elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
        enum_class._member_names_.append(name)
    shadowed = _shadowed_descriptor(enum_class, name)
    if shadowed is not None:
        redirect = property()
        redirect.member = made
        redirect.__set_name__(enum_class, name)
        redirect.fget, redirect.fset, redirect.fdel = shadowed.fget, shadowed.fset, shadowed.fdel
        setattr(enum_class, name, redirect)
    else:
        setattr(enum_class, name, made)
    enum_class._member_map_[name] = made
    try:
        enum_class._value2member_map_.setdefault(value, made)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _bases_layout(class_name, bases):
    """(the data type members are instances of, the last base enum)."""
    if not bases:
        return object, Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '\x60EnumName([mixin_type, ...] [data_type,] enum_type)\x60')
    for base in bases[:-1]:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError('new enumerations should be created as '
                            '\x60EnumName([mixin_type, ...] [data_type,] enum_type)\x60')
    return _data_type(class_name, bases), last


def _data_type(class_name, bases):
    found = set()
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.add(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                found.add(candidate or base)
                break
            else:
                candidate = candidate or base
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, found))
    return found.pop() if found else object


def _value_repr_for(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base._value_repr_
            if '__repr__' in base.__dict__:
                return base.__dict__['__repr__']
    return None


def _member_constructor(classdict, member_type, first_enum):
    """(the function that makes a member, whether it takes the value as arguments, whether the
    class body defined its own __new__)."""
    own = classdict.get('__new__')
    if own is not None:
        return own, True, True
    skip = {None, None.__new__, object.__new__, Enum.__new__ if Enum is not None else None}
    for attr in ('__new_member__', '__new__'):
        for kind in (member_type, first_enum):
            found = getattr(kind, attr, None)
            if found not in skip:
                return found, True, False
    return object.__new__, False, False


def _in_order(cls, names):
    for name in names:
        yield cls._member_map_[name]


class EnumType(type):
    """Metaclass of enumerations: it turns a class body into members, and gives the class
    len(), iteration, membership tests, lookup by name (cls[name]) and by value (cls(value))."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        first_enum = _bases_layout(cls, bases)[1] if bases else None
        namespace = _MemberCollector(cls, getattr(first_enum, '_generate_next_value_', None))
        if first_enum is not None:
            dict.__setitem__(namespace, '_generate_next_value_', first_enum._generate_next_value_)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = classdict.get('_ignore_', [])
        for name in list(ignore) + ['_ignore_']:
            dict.pop(classdict, name, None)
        member_type, first_enum = _bases_layout(cls, bases)
        new, use_args, own_new = _member_constructor(classdict, member_type, first_enum)
        member_names = getattr(classdict, '_member_names', {})
        names = list(member_names)
        invalid = [repr(name) for name in names if name in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(invalid))
        order = classdict.get('_order_')
        namespace = {}
        for key, value in dict.items(classdict):
            namespace[key] = _Pending(value) if key in member_names else value
        namespace.pop('_order_', None)
        namespace.update(_new_member_=new, _use_args_=use_args, _member_names_=[], _member_map_={},
                         _value2member_map_={}, _unhashable_values_=[], _member_type_=member_type,
                         _value_repr_=_value_repr_for(bases))
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag:
            namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            namespace['_flag_mask_'] = namespace['_singles_mask_'] = namespace['_all_bits_'] = 0
            namespace['_inverted_'] = None
        elif Flag is None and cls == 'Flag':
            namespace['_boundary_'] = boundary
            namespace['_flag_mask_'] = namespace['_singles_mask_'] = namespace['_all_bits_'] = 0
            namespace['_inverted_'] = None
        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        except RuntimeError as exc:
            # type.__new__ wraps errors raised by __set_name__ (3.11); show the member's own.
            failure = exc.__cause__ or exc
        if failure is not None:
            raise failure
        _settle_display_methods(enum_class, namespace, member_type, first_enum, bases)
        if is_flag:
            _measure_flags(enum_class, namespace)
        if Enum is not None:
            if own_new:
                enum_class.__new_member__ = new
            enum_class.__new__ = Enum.__new__
        if order is not None:
            _check_order(enum_class, order)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """cls(value) looks a member up by value; cls('Name', names) creates an enum."""
        if names is None:
            return cls.__new__(cls, value)
        return _functional(cls, value, names, module, qualname, type, start, boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return _in_order(cls, cls._member_names_)

    def __len__(cls):
        return cls._member_names_.__len__()

    @_builtins.property
    def __members__(cls):
        """Every member by name, aliases included, in definition order (read-only)."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __reversed__(cls):
        return _in_order(cls, reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _settle_display_methods(enum_class, namespace, member_type, first_enum, bases):
    """repr(), str(), format() and pickling come from the enum base unless the class (or a
    mixin that is not the data type) defines them; a ReprEnum keeps its data type's str() and
    format()."""
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
        if '__format__' not in namespace:
            enum_class.__format__ = namespace['__format__'] = member_type.__format__
        if '__str__' not in namespace:
            shown = member_type.__str__
            if shown is object.__str__:
                shown = member_type.__repr__
            enum_class.__str__ = namespace['__str__'] = shown
    if first_enum is None or Enum is None:
        return
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in namespace:
            continue
        current = getattr(enum_class, name)
        if current in (getattr(member_type, name), getattr(object, name)):
            setattr(enum_class, name, getattr(first_enum, name))


def _check_order(enum_class, order):
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    expected = list(order)
    actual = enum_class._member_names_
    if Flag is not None and issubclass(enum_class, Flag):
        # multi-bit aliases may be listed or not
        expected = [name for name in expected if name in actual]
    if expected != actual:
        raise TypeError('member order does not match _order_:\n  %r\n  %r' % (actual, list(order)))


def _functional(cls, class_name, names, module, qualname, data_type, start, boundary):
    """Enum('Name', 'A B'), Enum('Name', [('A', 1)]), Enum('Name', {'A': 1})..."""
    metacls = type(cls)
    bases = (cls,) if data_type is None else (data_type, cls)
    layout_type, first_enum = _bases_layout(class_name, bases)
    namespace = metacls.__prepare__(class_name, bases)
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        chosen = []
        for count, name in enumerate(names):
            chosen.append((name, first_enum._generate_next_value_(name, start, count, [v for _, v in chosen])))
        names = chosen
    for item in names:
        if isinstance(item, str):
            name, value = item, names[item]
        else:
            name, value = item
        namespace[name] = value
    if module is None:
        try:
            module = sys._getframe(2).f_globals['__name__']
        except (AttributeError, ValueError, KeyError):
            pass
    if module is not None:
        namespace['__module__'] = module
    if qualname is not None:
        namespace['__qualname__'] = qualname
    return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)


class Enum(metaclass=EnumType):
    """Base class of enumerations: subclass it and give the members as class attributes.

    >>> class Color(Enum):
    ...     RED = 1
    ...     GREEN = 2
    >>> Color(1), Color['GREEN'], list(Color)
    (<Color.RED: 1>, <Color.GREEN: 2>, [<Color.RED: 1>, <Color.GREEN: 2>])
    """

    def __new__(cls, value):
        # Called as Color(value) once the class exists: find the member with that value.
        if type(value) is cls:
            return value
        found = _existing_with_value(cls, value)
        if found is not None:
            return found
        problem = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            problem = exc
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and problem is None:
            raise invalid
        if problem is None:
            problem = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
        if not isinstance(problem, ValueError):
            problem.__context__ = invalid
        raise problem

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() stands for: one more than the largest value so far, or start."""
        if not last_values:
            return start
        try:
            largest = sorted(last_values)[-1]
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return largest + 1
        except TypeError:
            for value in reversed(last_values):
                try:
                    return value + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, shown(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        """Members' public attributes: the enum's methods and properties, name and value."""
        if self.__class__._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            names = set(object.__dir__(self))
        names.update(name for name in getattr(self, '__dict__', ()) if name[0] != '_')
        for cls in self.__class__.mro():
            for name, attr in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(attr, property):
                    if attr.fget is None and name in self._member_map_:
                        names.discard(name)
                    else:
                        names.add(name)
                elif name not in self._member_map_:
                    names.add(name)
        return sorted(names | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum is the member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    """__reduce_ex__ for members that are also module globals (see global_enum)."""
    return self.name


def pickle_by_enum_name(self, proto):
    """__reduce_ex__ that pickles a member as getattr(its class, its name)."""
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member covers."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__')


def _measure_flags(enum_class, namespace):
    # Flag's operators win over those of a data type that comes first in the MRO (int's).
    for name in _FLAG_OPERATORS:
        if name not in namespace:
            setattr(enum_class, name, getattr(Flag, name))
    singles = every = 0
    for made in enum_class._member_map_.values():
        value = made._value_
        every |= value
        if _is_single_bit(value):
            singles |= value
    enum_class._flag_mask_ = every
    enum_class._singles_mask_ = singles
    enum_class._all_bits_ = 2 ** every.bit_length() - 1
    canonical = [enum_class._member_map_[name]._value_ for name in enum_class._member_names_]
    if canonical != sorted(canonical):
        enum_class._iter_member_ = enum_class._iter_member_by_def_


def _within_boundary(cls, value):
    """Apply cls's boundary to an int value that is no member. Returns the value to compose,
    or None when the boundary is EJECT and the value is to be returned as a plain int."""
    every = cls._all_bits_
    mask = cls._flag_mask_
    if ~every <= value <= every and not value & (every ^ mask):
        return value
    boundary = cls._boundary_
    if boundary is STRICT:
        width = max(value.bit_length(), mask.bit_length())
        raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                         % (cls, value, _binary(value, width), _binary(mask, width)))
    if boundary is CONFORM:
        return value & mask
    if boundary is EJECT:
        return None
    if boundary is KEEP:
        if value < 0:
            value += max(every + 1, 2 ** value.bit_length())
        return value
    raise ValueError('%r unknown flag boundary %r' % (cls, boundary))


def _compose_flag(cls, value):
    """The pseudo-member for a combination of flags: named after the members it contains
    (definition order), plus any bits no member covers when the boundary keeps them."""
    negative = None
    if value < 0:
        negative = value
        value += cls._all_bits_ + 1
    if cls._member_type_ is object:
        made = object.__new__(cls)
    else:
        made = cls._member_type_.__new__(cls, value)
    if not hasattr(made, '_value_'):
        made._value_ = value
    chosen = list(cls._iter_member_(value & cls._singles_mask_))
    if value & ~cls._singles_mask_:
        for candidate in cls._member_map_.values():
            bits = candidate._value_
            if candidate not in chosen and bits and bits & value == bits:
                chosen.append(candidate)
    covered = 0
    for part in chosen:
        covered |= part._value_
    uncovered = value ^ covered
    if not covered:
        made._name_ = None
    elif uncovered and cls._boundary_ is STRICT:
        raise ValueError('%r: no members with value %r' % (cls, uncovered))
    else:
        made._name_ = '|'.join(part._name_ for part in chosen)
        if uncovered:
            made._name_ += '|%s' % cls._numeric_repr_(uncovered)
    made = cls._value2member_map_.setdefault(value, made)
    if negative is not None:
        cls._value2member_map_[negative] = made
    return made


def _flag_operand(flag, other):
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return NotImplemented


class Flag(Enum, boundary=STRICT):
    """An enum of bit flags: members combine with |, & and ^ into new values of the class."""
    _numeric_repr_ = repr

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The canonical members whose bit is set in value, lowest bit first."""
        for bit in _bits_of(value & cls._flag_mask_):
            found = cls._value2member_map_.get(bit)
            if found is not None:
                yield found

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The canonical members whose bit is set in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda flag: flag._sort_order_)

    _iter_member_ = _iter_member_by_value_

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a Flag is the next power of two above the largest value so far."""
        if not count:
            return start if start is not None else 1
        largest = max(last_values)
        try:
            high_bit = largest.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % largest) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        kept = _within_boundary(cls, value)
        if kept is None:
            return value
        return _compose_flag(cls, kept)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        shown = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, shown(self._value_))
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, shown(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        if bits is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints (and combine with ints)."""


def unique(enumeration):
    """Class decorator: refuse an enum in which two names share a value."""
    duplicates = [(name, made.name) for name, made in enumeration.__members__.items()
                  if name != made.name]
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """The properties verify() can require of an enum."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: check an enum for the given EnumCheck properties."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    aliases = [(name, made.name) for name, made in enumeration.__members__.items() if name != made.name]
    if aliases:
        details = ', '.join('%s -> %s' % pair for pair in aliases)
        raise ValueError('aliases found in %r: %s' % (enumeration, details))


def _verify_continuous(enumeration, kind):
    values = set(made.value for made in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        missing = [2 ** bit for bit in range(low.bit_length() - 1, high.bit_length() - 1)
                   if 2 ** bit not in values]
    else:
        missing = [value for value in range(low + 1, high) if value not in values]
    if missing:
        raise ValueError('invalid %s %r: missing values %s'
                         % (kind, enumeration.__name__, ', '.join(str(v) for v in missing)))


def _verify_named_flags(enumeration):
    member_bits = 0
    for made in enumeration:
        member_bits |= made._value_
    lacking = []
    lacking_bits = 0
    for name, made in enumeration._member_map_.items():
        if name in enumeration._member_names_:
            continue
        value = made._value_
        if value < 0:
            continue
        missing = value & ~member_bits
        if missing:
            lacking.append(name)
            lacking_bits |= missing
    if lacking:
        if len(lacking) == 1:
            alias = 'alias %s is missing' % lacking[0]
        else:
            alias = 'aliases %s and %s are missing' % (', '.join(lacking[:-1]), lacking[-1])
        if _is_single_bit(lacking_bits):
            value = 'value 0x%x' % lacking_bits
        else:
            value = 'combined values of 0x%x' % lacking_bits
        raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                         % (enumeration.__name__, alias, value))


def _module_prefix(member):
    return member.__class__.__module__.rpartition('.')[2] + '.'


def global_enum_repr(self):
    """repr() of a member exported as a module global: module.NAME."""
    return _module_prefix(self) + self._name_


def global_flag_repr(self):
    """repr() of a flag exported as module globals: module.A|module.B."""
    prefix = _module_prefix(self)
    if self._name_ is None:
        return '%s%s(%r)' % (prefix, self.__class__.__name__, self._value_)
    if self != 0 and self & (self - 1) == 0:
        # arithmetic on the member itself: a plain Flag (not an int) raises TypeError, as in 3.11
        return prefix + self._name_
    keep_numbers = self._boundary_ is FlagBoundary.KEEP
    return '|'.join(part if keep_numbers and part[0].isdigit() else prefix + part
                    for part in self._name_.split('|'))


def global_str(self):
    """str() of a member exported as a module global: its name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members into the module's globals and show them as such."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    vars(sys.modules[cls.__module__]).update(cls.__members__)
    return cls
`;
