/**
 * json: JSON encoding and decoding. A package: json.decoder and json.encoder re-export the
 * classes defined here.
 * Implements: dumps/dump (skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
 * separators, default, sort_keys), loads/load (str, bytes and bytearray in any UTF encoding,
 * cls, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict),
 * JSONEncoder (encode, iterencode, default), JSONDecoder (decode, raw_decode), JSONDecodeError
 * with CPython's messages, line, column and position.
 * NON-CPYTHON: written for the kernel as one pure-Python module (CPython has Lib/json/*.py and
 * the C accelerator Modules/_json.c): the decoder is a hand-written scanner (no re module) and
 * the encoder always runs the chunked Python encoder, which yields the same text.
 */
export const source = String.raw`"""JSON (JavaScript Object Notation) <https://json.org> encoding and decoding."""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__author__ = 'Bob Ippolito <bob@redivi.com>'

INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """ValueError with the unformatted msg, the document doc, and pos, lineno and colno of the failure."""
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, column, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, column

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}

_WS = frozenset(' \t\n\r')
_DIGITS = frozenset('0123456789')
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_HEX = frozenset('0123456789abcdefABCDEF')


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _scanstring(s, end, strict=True):
    """Scan the string whose body starts at s[end] (after the opening quote)."""
    chunks = []
    append = chunks.append
    begin = end - 1
    n = len(s)
    while True:
        # The run of plain characters up to the next quote, backslash or control char.
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\' or (c < ' ' and strict):
                break
            i += 1
        if i >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if i > end:
            append(s[end:i])
        c = s[i]
        end = i + 1
        if c == '"':
            break
        if c != '\\':
            raise JSONDecodeError('Invalid control character at', s, i)
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                char = _BACKSLASH[esc]
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, end - 1) from None
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        append(char)
    return ''.join(chunks), end


def _decode_uXXXX(s, pos):
    # s[pos] is the 'u' of a \uXXXX escape.
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and all(c in _HEX for c in esc):
        return int(esc, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


class _Scanner:
    """The recursive-descent scanner of one JSONDecoder configuration."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def __call__(self, s, idx):
        try:
            return self.scan_once(s, idx)
        finally:
            self.memo.clear()

    def scan_once(self, s, idx):
        """(value, end) of the value at s[idx]; StopIteration(idx) if there is none."""
        try:
            nextchar = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return _scanstring(s, idx + 1, self.strict)
        elif nextchar == '{':
            return self.parse_object(s, idx + 1)
        elif nextchar == '[':
            return self.parse_array(s, idx + 1)
        elif nextchar == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        elif nextchar == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx)

    def parse_number(self, s, start):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            e_start = i
            i += 1
            if i < n and s[i] in '+-':
                i += 1
            digits_start = i
            while i < n and s[i] in _DIGITS:
                i += 1
            if i > digits_start:
                is_float = True
            else:
                i = e_start
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def parse_object(self, s, end):
        pairs = []
        memo_get = self.memo.setdefault
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar == '}':
            if self.object_pairs_hook is not None:
                return self.object_pairs_hook(pairs), end + 1
            result = {}
            if self.object_hook is not None:
                result = self.object_hook(result)
            return result, end + 1
        if nextchar != '"':
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = _scanstring(s, end, self.strict)
            key = memo_get(key, key)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self.scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, end

    def parse_array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        append = values.append
        while True:
            try:
                value, end = self.scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _Scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of s (a str instance containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s (a str beginning with a JSON document) and return a 2-tuple of the Python representation and the index in s where the document ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end


# Escapes of the characters a JSON string cannot hold as they are.
_ESCAPES = {
    ord('\\'): '\\\\',
    ord('"'): '\\"',
    ord('\b'): '\\b',
    ord('\f'): '\\f',
    ord('\n'): '\\n',
    ord('\r'): '\\r',
    ord('\t'): '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(_i, '\\u%04x' % _i)
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + s.translate(_ESCAPES) + '"'


encode_basestring = py_encode_basestring


def _ascii_escape(c):
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    # A surrogate pair.
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    s = s.translate(_ESCAPES)
    if not s.isascii():
        s = ''.join([c if c < '\x7f' else _ascii_escape(c) for c in s])
    elif '\x7f' in s:
        s = s.replace('\x7f', '\\u007f')
    return '"' + s + '"'


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a serializable object for o, or calls the base implementation (to raise a TypeError)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Encoding(markers, self.default, _encoder, indent, self.key_separator,
                         self.item_separator, self.sort_keys, self.skipkeys,
                         self.allow_nan).iterencode(o, 0)


class _Encoding:
    """One encoding run: the options, and the generators yielding the output chunks."""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def scalar(self, value):
        """The JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(value, str):
            return self.encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return int.__repr__(value)
        if isinstance(value, float):
            return self.floatstr(value)
        return None

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def iterencode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        buf = '['
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.iterencode(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        self.leave(lst)

    def key_text(self, key):
        """The JSON name for a dict key, or None when skipkeys drops it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def iterencode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield self.encoder(key)
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.iterencode(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        self.leave(dct)

    def iterencode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from self.iterencode_dict(o, level)
        else:
            markers = self.markers
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError('Circular reference detected')
                markers[markerid] = o
            o = self.default(o)
            yield from self.iterencode(o, level)
            if markers is not None:
                del markers[markerid]


# The options dumps() and dump() take, with their defaults: with these, and no cls or extra
# keywords, the shared default encoder serves.
_ENCODER_DEFAULTS = {'skipkeys': False, 'ensure_ascii': True, 'check_circular': True,
                     'allow_nan': True, 'indent': None, 'separators': None, 'default': None,
                     'sort_keys': False}
_default_encoder = JSONEncoder(**_ENCODER_DEFAULTS)


def _encoder(cls, options, extra):
    if cls is None and not extra and all(
            options[k] is v or (type(v) is bool and options[k] == v) for k, v in _ENCODER_DEFAULTS.items()):
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(**options, **extra)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object)."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    for chunk in _encoder(cls, options, kw).iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    return _encoder(cls, options, kw).encode(obj)


_default_decoder = JSONDecoder()


def detect_encoding(b):
    # A byte order mark names the encoding; otherwise the zero bytes among the first four
    # (JSON text starts with an ASCII character) tell UTF-16 and UTF-32 and their order.
    for marks, name in (((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'), 'utf-32'),
                        ((b'\xfe\xff', b'\xff\xfe'), 'utf-16'), ((b'\xef\xbb\xbf',), 'utf-8-sig')):
        if b.startswith(marks):
            return name
    zero = [not byte for byte in b[:4]]
    if len(b) >= 4:
        if zero[0]:
            return 'utf-32-be' if zero[1] else 'utf-16-be'
        if zero[1]:
            return 'utf-32-le' if zero[2] and zero[3] else 'utf-16-le'
    elif len(b) == 2:
        if zero[0]:
            return 'utf-16-be'
        if zero[1]:
            return 'utf-16-le'
    return 'utf-8'


def _text_of(s):
    # The str a document given as str, bytes or bytearray holds.
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % s.__class__.__name__)
    encoding = detect_encoding(s)
    if encoding == 'utf-8-sig':
        # As the utf-8-sig codec: the byte order mark is dropped.
        return bytes(s[3:]).decode('utf-8', 'surrogatepass')
    return s.decode(encoding, 'surrogatepass')


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON document) to a Python object."""
    text = _text_of(s)
    hooks = {'object_hook': object_hook, 'object_pairs_hook': object_pairs_hook, 'parse_float': parse_float,
             'parse_int': parse_int, 'parse_constant': parse_constant}
    given = {name: hook for name, hook in hooks.items() if hook is not None}
    if cls is None and not given and not kw:
        return _default_decoder.decode(text)
    return (JSONDecoder if cls is None else cls)(**kw, **given).decode(text)


from json import decoder, encoder
`;
