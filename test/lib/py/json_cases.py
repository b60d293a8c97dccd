# json: decoder errors and positions, hooks, encoder options (indent, separators, sort_keys, ensure_ascii), errors.
import json
cases = ['', ' ', '{', '}', '[', ']', '[1,]', '[1 2]', '[1, 2', '{"a": 1,}', '{"a" 1}', '{"a": }', '{a: 1}', "{'a': 1}", '{"a": 1 "b": 2}',
         '"abc', '"a\\x"', '"a\\u12"', '"a\nb"', '"\\ud800"', '"\\ud800\\udc00"', 'nan', 'NaN', '-Infinity', 'Infinity', '-', '01', '1.', '1.e3', '.5', '1e', '-0', '-0.0', '1E+2', 'tru', 'true x', 'null', '[] []', '{"a":1}x',
         '\ufeff1', '1\n2', '{\n "a": 1,\n "b": [1, 2,\n  ]\n}', '"\\"', '"\t"', '[-]', '{"a":1,"a":2}', '  [  ]  ', '{ }', '[1,\n2,\n,3]', '1' * 30, '1.5e400', '-1e-400', '"\\/"', '"\\b\\f\\n\\r\\t"', '"é😀"', '123abc', '[1]]', '{"":""}', '"\x7f"', '[true,false,null]']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, e.lineno, e.colno, e.pos)
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for b in [b'[1]', bytearray(b'{"a": 2}'), b'\xef\xbb\xbf[1]', '[1]'.encode('utf-16'), 5, None]:
    try:
        print(json.loads(b))
    except Exception as e:
        print(type(e).__name__, e)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.JSONDecoder().raw_decode('[1] extra'), repr(json.JSONDecodeError('m', 'ab\ncd', 4)), json.JSONDecodeError.__module__, json.JSONDecodeError.__mro__)
import enum
class IE(enum.IntEnum):
    A = 1
class SE(str, enum.Enum):
    B = 'bee'
class D(dict): pass
class L(list): pass
data = [1, 1.5, -0.0, 1e100, 10 ** 30, True, None, 'a"b\\c\n\x01\x7f\u2028é😀', (1, 2), {}, [], {'k': [1, {'z': None}]}, IE.A, SE.B, D(x=1), L([1]), 3.0, 1/3]
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', separators=(',', '='), sort_keys=True))
print(json.dumps({'b': 1, 'a': [1, 2], 'c': {}}, indent=0))
print(json.dumps({3: 1, 1.5: 2, False: 3, None: 4, 'x': 5}), json.dumps({3: 1, 1: 2}, sort_keys=True))
for bad in [lambda: json.dumps({(1,): 2}), lambda: json.dumps({(1,): 2}, skipkeys=True), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps(object()), lambda: json.dumps(b'x'), lambda: json.dumps({1, 2}, default=sorted), lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
d = {}; d['d'] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
print(json.dumps([float('inf'), float('-inf'), float('nan')]), json.dumps("\ud800"), repr(json.dumps('\ud800', ensure_ascii=False)))
e = json.JSONEncoder(indent=1)
print(e.encode([1, [2]]), list(json.JSONEncoder().iterencode({'a': [1]})), e.item_separator, e.key_separator)
class MyEnc(json.JSONEncoder):
    def default(self, o):
        return repr(o)
print(json.dumps({'s': {1}}, cls=MyEnc))
print(json.__all__)
