/**
 * pprint: pretty-printing of Python data structures.
 * Implements: pprint, pformat, pp, saferepr, isreadable, isrecursive and PrettyPrinter (indent,
 * width, depth, stream, compact, sort_dicts, underscore_numbers) with CPython's layout: a repr
 * that fits on the line is written as is, otherwise dicts, lists, tuples, sets, strings (split
 * at word boundaries), bytes, bytearrays, mappingproxies, SimpleNamespaces, dataclasses and the
 * collections types (OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList,
 * UserString) are broken over lines; recursion is shown as <Recursion on ... with id=...>.
 * NON-CPYTHON: written for the kernel, which has no io or re module: pformat collects the
 * output in a small buffer and strings are split into words by hand. The collections, types
 * and dataclasses modules are imported when a repr first needs breaking, not with pprint.
 */
export const source = String.raw`"""Support to pretty-print lists, tuples, & dictionaries recursively."""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Buffer:
    # What pformat writes into (io.StringIO's write and getvalue).
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)


class _safe_key:
    """Sort key that orders unorderable objects by type name, then id (values of dict items apart)."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine, theirs = self.obj, other.obj
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(t):
    "Helper function for comparing 2-tuples"
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _words(line):
    # Runs of non-space characters, each with the spaces after it (re.findall(r'\S*\s*')).
    parts = []
    start, end = 0, len(line)
    while start < end:
        stop = start
        while stop < end and not line[stop].isspace():
            stop += 1
        while stop < end and line[stop].isspace():
            stop += 1
        parts.append(line[start:stop])
        start = stop
    return parts


def _pack(pieces, width, last_allowance):
    # Joins consecutive pieces while their repr fits in width (less last_allowance for the
    # last piece); yields the reprs of the groups.
    current = ''
    for i, piece in enumerate(pieces):
        candidate = current + piece
        if i == len(pieces) - 1:
            width -= last_allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = piece
        else:
            current = candidate
    if current:
        yield repr(current)


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is None:
            stream = _sys.stdout
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Buffer()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    ### Layout over several lines

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = _layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        name = object.__class__.__name__
        shown = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pad(self, stream):
        # The extra spaces after an opening bracket when indent > 1.
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad(stream)
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = object.__class__
        if kind is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(kind.__name__ + '({')
            close = '})'
            indent += len(kind.__name__) + 1
        ordered = sorted(object, key=_safe_key)
        self._format_items(ordered, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # Top level: the pieces go inside parentheses.
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= (room - allowance if last else room):
                pieces.append(rep)
            else:
                pieces.extend(_pack(_words(line), room, allowance if last else 0))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        self._write_pieces(stream, pieces, indent, level == 1)

    def _write_pieces(self, stream, pieces, indent, parens):
        if parens:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if parens:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
        pieces = list(_pack_bytes(object, self._width - indent, allowance))
        self._write_pieces(stream, pieces, indent, parens)

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace's repr says "namespace"; subclasses show their own name.
        import types
        name = 'namespace' if type(object) is types.SimpleNamespace else object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, context, level)
            stream.write(rep + ': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if i == last else 1, context, level)
            if i != last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            stream.write(key + '=')
            if id(value) in context:
                # As the recursive repr of a dataclass shows it.
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if i == last else 1,
                             context, level)
            if i != last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._pad(stream)
        separator = ',\n' + ' ' * indent
        room = full = self._width - indent + 1
        sep = ''
        entries = iter(items)
        missing = object()
        upcoming = next(entries, missing)
        while upcoming is not missing:
            item = upcoming
            upcoming = next(entries, missing)
            last = upcoming is missing
            if last:
                room -= allowance
                full -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    # The next line starts.
                    room = full
                    if sep:
                        sep = separator
                if room >= need:
                    room -= need
                    stream.write(sep + rep)
                    sep = ', '
                    continue
            stream.write(sep)
            sep = separator
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """Format object for a context: (string, readable by eval, recursive)."""
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, mapping in enumerate(maps):
            if i < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        stream.write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(object.maxlen, context, level)))

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString are laid out as the object they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    ### One-line representations

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr string, readable by eval, recursive)
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        method = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and method is int.__repr__:
            text = format(object, '_d') if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(kind, dict) and method is dict.__repr__:
            if not object:
                return "{}", True, False
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            return self._safe_join(object, items, "{%s}", "{...}", context, maxlevels, level)
        if issubclass(kind, list) and method is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_join(object, object, "[%s]", "[...]", context, maxlevels, level)
        if issubclass(kind, tuple) and method is tuple.__repr__:
            if not object:
                return "()", True, False
            shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_join(object, object, shape, shape % "...", context, maxlevels, level)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _safe_join(self, container, entries, shape, elided, context, maxlevels, level):
        # The repr of a dict (entries are items), list or tuple from its entries' safe reprs.
        key = id(container)
        if maxlevels and level >= maxlevels:
            return elided, False, key in context
        if key in context:
            return _recursion(container), False, True
        context[key] = 1
        readable, recursive = True, False
        shown = []
        for entry in entries:
            parts = entry if shape == "{%s}" else (entry,)
            texts = []
            for part in parts:
                text, part_readable, part_recursive = self.format(part, context, maxlevels, level + 1)
                texts.append(text)
                readable = readable and part_readable
                recursive = recursive or part_recursive
            shown.append(": ".join(texts))
        del context[key]
        return shape % ", ".join(shown), readable, recursive


def _pack_bytes(data, width, allowance):
    # Groups of four bytes; the group starting at the last multiple of four counts the
    # allowance (as CPython's _wrap_bytes_repr).
    last = len(data) // 4 * 4
    current = b''
    for start in range(0, len(data), 4):
        piece = data[start:start + 4]
        candidate = current + piece
        if start == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = piece
        else:
            current = candidate
    if current:
        yield repr(current)


### Which layout a type gets

_layouts = None


def _build_layouts():
    # Keyed by the type's __repr__: a subclass that overrides it is shown by its own repr.
    import collections
    import types
    P = PrettyPrinter
    table = {
        dict.__repr__: P._pprint_dict, list.__repr__: P._pprint_list, tuple.__repr__: P._pprint_tuple,
        set.__repr__: P._pprint_set, frozenset.__repr__: P._pprint_set, str.__repr__: P._pprint_str,
        bytes.__repr__: P._pprint_bytes, bytearray.__repr__: P._pprint_bytearray,
        types.MappingProxyType.__repr__: P._pprint_mappingproxy,
        types.SimpleNamespace.__repr__: P._pprint_simplenamespace,
        collections.OrderedDict.__repr__: P._pprint_ordered_dict,
        collections.defaultdict.__repr__: P._pprint_default_dict,
        collections.Counter.__repr__: P._pprint_counter,
        collections.ChainMap.__repr__: P._pprint_chain_map,
        collections.deque.__repr__: P._pprint_deque,
    }
    for wrapper in (collections.UserDict, collections.UserList, collections.UserString):
        table[wrapper.__repr__] = P._pprint_user_wrapper
    return table


def _layout_for(object):
    global _layouts
    if _layouts is None:
        _layouts = _build_layouts()
    layout = _layouts.get(type(object).__repr__)
    if layout is not None:
        return layout
    if _generated_dataclass_repr(object):
        return PrettyPrinter._pprint_dataclass
    return None


def _generated_dataclass_repr(object):
    # A dataclass instance whose class still has the __repr__ that @dataclass made.
    kind = type(object)
    params = getattr(kind, '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    method = getattr(object.__repr__, '__wrapped__', None)
    return method is not None and '__create_fn__' in method.__qualname__
`;
