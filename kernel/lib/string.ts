/**
 * string: character-class constants, capwords, Template ($-substitution) and Formatter.
 * Implements: the constants, capwords; Template with substitute, safe_substitute, is_valid,
 * get_identifiers, CPython's error for an invalid placeholder and any `delimiter`; Formatter
 * with parse and get_field following the format-string grammar of CPython's _string module
 * (Objects/stringlib/unicode_format.h: literal text, {{ and }}, field names with .attr and
 * [key], !conversion, nested format specs, and the same ValueError messages).
 * NON-CPYTHON: written for the kernel, which has no re module: Template scans its text by hand
 * for ASCII identifiers ([_a-zA-Z][_a-zA-Z0-9]*, CPython's default idpattern). A subclass that
 * sets idpattern, braceidpattern, flags or pattern raises NotImplementedError when it is
 * created, and Template has no `pattern` or `flags` attribute (they are re objects in CPython).
 */
export const source = String.raw`"""A collection of string constants."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
# The ASCII punctuation characters, in code point order.
punctuation = ''.join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string: split by sep, capitalize each word, join with sep (a space by default)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


### Template

_ID_FIRST = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)
_NO_MAPPING = {}


def _identifier_end(text, start):
    # The end of the ASCII identifier starting at start (start itself when there is none).
    if start >= len(text) or text[start] not in _ID_FIRST:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_REST:
        end += 1
    return end


def _placeholders(text, delim):
    """Yields (kind, value, start, end) for each delimiter of text: kind is 'escaped',
    'named', 'braced' or 'invalid' (then start is just after the delimiter), and the text
    between placeholders as ('text', piece, start, end)."""
    pos = 0
    size = len(delim)
    while True:
        found = text.find(delim, pos)
        if found < 0:
            if pos < len(text):
                yield 'text', text[pos:], pos, len(text)
            return
        if found > pos:
            yield 'text', text[pos:found], pos, found
        after = found + size
        if text.startswith(delim, after):
            yield 'escaped', delim, found, after + size
            pos = after + size
            continue
        end = _identifier_end(text, after)
        if end > after:
            yield 'named', text[after:end], found, end
            pos = end
            continue
        if text.startswith('{', after):
            end = _identifier_end(text, after + 1)
            if end > after + 1 and text.startswith('}', end):
                yield 'braced', text[after + 1:end], found, end + 1
                pos = end + 1
                continue
        yield 'invalid', '', after, after
        pos = after


class _Layered:
    """Keyword arguments first, then the mapping (what ChainMap(kws, mapping) gives)."""

    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _lookup_table(mapping, kws):
    if mapping is _NO_MAPPING:
        return kws
    return _Layered(kws, mapping) if kws else mapping


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        for name in ('idpattern', 'braceidpattern', 'flags', 'pattern'):
            if getattr(cls, name, None) is not getattr(Template, name, None):
                raise NotImplementedError(
                    'string.Template: a custom %s needs regular expressions, which this '
                    'interpreter does not have (only delimiter may be changed)' % name)

    def __init__(self, template):
        self.template = template

    def _invalid(self, index):
        # Line and column (1-based) of the character after the bad delimiter.
        lines = self.template[:index].splitlines(keepends=True)
        lineno = max(len(lines), 1)
        colno = index - len(''.join(lines[:-1])) if lines else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        table = _lookup_table(mapping, kws)
        out = []
        for kind, value, start, end in _placeholders(self.template, self.delimiter):
            if kind == 'invalid':
                self._invalid(start)
            out.append(str(table[value]) if kind in ('named', 'braced') else value)
        return ''.join(out)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        table = _lookup_table(mapping, kws)
        text = self.template
        out = []
        for kind, value, start, end in _placeholders(text, self.delimiter):
            if kind == 'invalid':
                out.append(self.delimiter)
            elif kind in ('named', 'braced'):
                try:
                    out.append(str(table[value]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(value)
        return ''.join(out)

    def is_valid(self):
        return all(p[0] != 'invalid' for p in _placeholders(self.template, self.delimiter))

    def get_identifiers(self):
        names = []
        for kind, value, start, end in _placeholders(self.template, self.delimiter):
            if kind in ('named', 'braced') and value not in names:
                names.append(value)
        return names


### Formatter and the format-string grammar

def _parse_format(text):
    """Yields (literal_text, field_name, format_spec, conversion) for text, as
    _string.formatter_parser does."""
    pos, end = 0, len(text)
    while pos < end:
        start = pos
        brace = None
        while pos < end:
            ch = text[pos]
            pos += 1
            if ch in '{}':
                brace = ch
                break
        at_end = pos >= end
        if brace == '}' and (at_end or text[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if brace is None:
            yield text[start:pos], None, None, None
            return
        if text[pos] == brace:
            # A doubled brace: one of them is literal text, and no field follows.
            pos += 1
            yield text[start:pos - 1], None, None, None
            continue
        literal = text[start:pos - 1]
        name, spec, conversion, pos = _parse_field(text, pos)
        yield literal, name, spec, conversion


def _parse_field(text, pos):
    # The field starting at pos (just after its '{'): (name, spec, conversion, next pos).
    end = len(text)
    start = pos
    stop = None
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            while pos < end and text[pos] != ']':
                pos += 1
            continue
        if ch in '}:!':
            stop = ch
            break
    name = text[start:pos - 1] if stop is not None else text[start:pos]
    if stop == '}':
        return name, '', None, pos
    if stop is None:
        raise ValueError("expected '}' before end of string")
    conversion = None
    if stop == '!':
        if pos >= end:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[pos]
        pos += 1
        if pos < end:
            ch = text[pos]
            pos += 1
            if ch == '}':
                return name, '', conversion, pos
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _as_index(part):
    # A field name part made of decimal digits is an index.
    return int(part) if part and all(c.isdecimal() for c in part) else part


def _split_field_name(name):
    """(first, iterator of (is_attribute, key)), as _string.formatter_field_name_split."""
    cut = 0
    while cut < len(name) and name[cut] not in '.[':
        cut += 1
    return _as_index(name[:cut]), _field_accessors(name, cut)


def _field_accessors(name, pos):
    end = len(name)
    while pos < end:
        ch = name[pos]
        pos += 1
        if ch == '.':
            start = pos
            while pos < end and name[pos] not in '.[':
                pos += 1
            key, is_attribute = name[start:pos], True
        elif ch == '[':
            close = name.find(']', pos)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key, is_attribute = name[pos:close], False
            pos = close + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError('Empty attribute in format string')
        yield is_attribute, (key if is_attribute else _as_index(key))


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field is None:
                continue
            # Automatic numbering ({}) and manual numbering ({0}) cannot be mixed;
            # auto_arg_index becomes False once a manual number is seen.
            automatic = field == ''
            if automatic or field.isdigit():
                if auto_arg_index is False if automatic else auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
            if automatic:
                field = str(auto_arg_index)
                auto_arg_index += 1
            elif field.isdigit():
                auto_arg_index = False
            value, key = self.get_field(field, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converters = {'s': str, 'r': repr, 'a': ascii}
        if conversion in converters:
            return converters[conversion](value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, accessors = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in accessors:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first
`;
