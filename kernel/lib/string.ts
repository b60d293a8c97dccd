/**
 * string: character-class constants, capwords, Template ($-substitution) and Formatter.
 * CPython 3.11: Lib/string.py (documented behaviour) and Objects/stringlib/unicode_format.h
 * (the format-string grammar that Formatter.parse exposes).
 * NON-CPYTHON: without the re module, Template scans its text by hand. A subclass may change
 * `delimiter`; a custom `idpattern`, `braceidpattern` or `pattern` (regular expressions) is
 * not honoured: identifiers are always ASCII [_a-zA-Z][_a-zA-Z0-9]*.
 */
export const source = String.raw`"""A collection of string constants."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
# chr(96) is the backquote, which the kernel's source table cannot hold literally.
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_""" + chr(96) + "{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)

_sentinel_dict = {}


class _ChainLookup:
    """kws first, then the mapping: what ChainMap(kws, mapping) gives Template."""
    __slots__ = ('kws', 'mapping')

    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        try:
            return self.kws[key]
        except KeyError:
            return self.mapping[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, text, start) tokens: ('text', s), ('escaped', delim), ('named', name), ('braced', name) or ('invalid', '') at index start."""
        template = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(template)
        pos = 0
        while pos < n:
            i = template.find(delim, pos)
            if i < 0:
                yield 'text', template[pos:], pos
                return
            if i > pos:
                yield 'text', template[pos:i], pos
            j = i + dlen
            if template.startswith(delim, j):
                yield 'escaped', delim, i
                pos = j + dlen
                continue
            if j < n and template[j] in _ID_START:
                k = j + 1
                while k < n and template[k] in _ID_CHARS:
                    k += 1
                yield 'named', template[j:k], i
                pos = k
                continue
            if j < n and template[j] == '{':
                k = j + 1
                if k < n and template[k] in _ID_START:
                    m = k + 1
                    while m < n and template[m] in _ID_CHARS:
                        m += 1
                    if m < n and template[m] == '}':
                        yield 'braced', template[k:m], i
                        pos = m + 1
                        continue
            yield 'invalid', '', i
            pos = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        for kind, text, start in self._scan():
            if kind == 'text' or kind == 'escaped':
                parts.append(text)
            elif kind == 'invalid':
                self._invalid(start)
            else:
                parts.append('%s' % (mapping[text],))
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        template = self.template
        delim = self.delimiter
        for kind, text, start in self._scan():
            if kind == 'text' or kind == 'escaped':
                parts.append(text)
            elif kind == 'invalid':
                parts.append(delim)
            else:
                try:
                    parts.append('%s' % (mapping[text],))
                except KeyError:
                    if kind == 'named':
                        parts.append(delim + text)
                    else:
                        parts.append(delim + '{' + text + '}')
        return ''.join(parts)

    def is_valid(self):
        for kind, text, start in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, start in self._scan():
            if (kind == 'named' or kind == 'braced') and text not in ids:
                ids.append(text)
        return ids


def _formatter_parser(s):
    """Yield (literal_text, field_name, format_spec, conversion) as str.format parses s."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            # A replacement field: find its matching close brace.
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name_end = 0
            bracket = False
            while name_end < len(field):
                ch = field[name_end]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and (ch == '!' or ch == ':'):
                    break
                name_end += 1
            field_name = field[:name_end]
            rest = field[name_end:]
            conversion = None
            format_spec = ''
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion specifier')
            if rest.startswith(':'):
                format_spec = rest[1:]
            yield ''.join(literal), field_name, format_spec, conversion
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _formatter_field_name_split(field_name):
    """Split 'a.b[0]' into ('a', iterator of (is_attr, key))."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
            i = j
        elif field_name[i] == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            if literal_text:
                result.append(literal_text)

            if field_name is not None:

                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False

                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                obj = self.convert_field(obj, conversion)

                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
`;
