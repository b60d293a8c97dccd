"""Records CPython 3.11's answers for the numeric helper tests.

Run with the pinned CPython:  python3 test/objects/gen_numeric_cases.py
Writes test/objects/fixtures/numeric_cases.json and test/modules/fixtures/numeric_modules.json.
Floats are written as repr() strings (exact round-trip), ints as decimal strings, and an
exception as {"exc": type name, "msg": str(exc)}.
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'record with CPython 3.11'

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240611)


def big_str(v):
    # The digit limit applies to the code under test, not to the recording itself.
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(old)


def enc(v):
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        return {'int': big_str(v)}
    if isinstance(v, float):
        return {'float': repr(v)}
    if isinstance(v, str):
        return {'str': v}
    if isinstance(v, (tuple, list)):
        return {'list': [enc(x) for x in v]}
    if v is None:
        return {'none': True}
    raise TypeError(type(v))


def run(f):
    try:
        return enc(f())
    except Exception as e:  # noqa: BLE001 - the exception is the expected answer
        return {'exc': type(e).__name__, 'msg': str(e)}


def rand_double():
    return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]


# ----------------------------------------------------------------------------------------------
# floats: repr, %-formatting with precisions, float(str), hex

floats = [0.0, -0.0, 0.1, 0.2, 0.3, 1.0, -1.5, 100.0, 1e16, 1e-5, 1e-4, 9.999999999999999e-05,
          1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e22, 2.675, 0.125,
          0.5, 1.5, 2.5, 1 / 3, 2 / 3, 123456789.125, 9007199254740993.0, 2e16 + 8, 1e21, 1e-7,
          math.pi, math.e, float('inf'), float('-inf'), float('nan'), 0.045, 1.005, 8.5, 9.5]
while len(floats) < 200:
    x = rand_double()
    if math.isfinite(x):
        floats.append(x)
for _ in range(100):
    floats.append(rng.uniform(-1000, 1000))
    floats.append(round(rng.uniform(-100, 100), rng.randint(0, 4)))
    floats.append(rng.randint(-10 ** 6, 10 ** 6) / 8)

float_cases = []
for x in floats:
    row = {'x': repr(x), 'repr': repr(x)}
    fmts = {}
    for code in 'efgEFG':
        for p in (0, 1, 2, 3, 6, 10, 17, 25):
            fmts[f'%.{p}{code}'] = run(lambda: f'%.{p}{code}' % x)
    fmts['%#.0f'] = run(lambda: '%#.0f' % x)
    fmts['%#.3g'] = run(lambda: '%#.3g' % x)
    fmts['%.3r'] = None
    del fmts['%.3r']
    row['pct'] = fmts
    row['round'] = {str(n): run(lambda: round(x, n)) for n in (-300, -5, -1, 0, 1, 2, 3, 5, 15, 300)}
    row['roundint'] = run(lambda: round(x))
    row['hex'] = x.hex()
    row['ratio'] = run(lambda: x.as_integer_ratio())
    row['hash'] = run(lambda: hash(x)) if x == x else None
    float_cases.append(row)

parse_inputs = ['1e', '.5', '5.', '.', '1_000.5', '1_e5', '1e1_0', '+.5e-3', '-nan', 'nan', 'NaN', 'infinit',
                'in f', '  -Infinity\n', '0x10', '1__0', '_1', '1_', '1.5_', '1._5', '1\u00a0', ' \u0661.\u0662 ',
                '1e+', '1e500', '-1e-500', 'nAn', '+inf', '1,5', '', '   ', '1e1.5', '\x1c1', '\x851', 'iNfInItY',
                '0.1', '2.675', '1e-320', '123456789012345678901234567890', '4.9406564584124654e-324',
                '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623158e308',
                '1.7976931348623159e308', '0.' + '0' * 400 + '1', '1' * 400, '+-1', '1e-', 'e5', '1 2']
parse_cases = [{'s': s, 'v': run(lambda: float(s))} for s in parse_inputs]

hex_inputs = ['0x1.8p1', '1.8', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p1024', '0x.8p1',
              'inf', '-Infinity', 'nan', '0x', '', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
              '  0X1P+2  ', '0x1.00000000000008p0', '0x1.00000000000018p0', '1p', 'p1', '0x1.g']
hex_cases = [{'s': s, 'v': run(lambda: float.fromhex(s))} for s in hex_inputs]

# ----------------------------------------------------------------------------------------------
# format() mini-language

format_specs = ['', 'd', 'x', 'X', 'o', 'b', 'c', 'n', '#x', '#o', '#b', '#X', '+', ' ', '-', '10', '<10', '>10',
                '^10', '=10', '*^11', '010', '+010', '#010x', ',', '_', '_x', '_b', ',d', '20,', '020,', '0=20,',
                '020_x', 'e', '.2e', 'f', '.2f', '.0f', '#.0f', 'g', '.3g', '#g', 'G', 'E', 'F', '%', '.1%', '.3',
                '.0', 'z', 'z.1f', '+z', 'z.2%', ',.2f', '_.3f', '015,.2f', '+.3e', '12.4', '<+12.3', 'x<8',
                '0<5', '<05', '\U0001F600^7', 's', '.2s', '5.2ff', '.', ',_', '_,', ',x', ',c', ',s', '#c',
                '+c', '.2c', 'zd', '#s', '=s', '+s', ' 5', '99999999999999999999', '.2147483648f', '\x00',
                '\x01', '\u00e9', 'j', '٣', '.٣f']
format_values = [0, 1, -1, 5, 42, -42, 255, -255, 1234567, -1234567, 10 ** 20, -10 ** 20, 2 ** 64, 65, 0x10ffff,
                 0x110000, True, False, 10 ** 5000,
                 0.0, -0.0, 1.0, -1.5, 0.1, 1234.5678, -1234.5678, 1e16, 1e-5, 1e100, 1.5e300, 5e-324,
                 float('inf'), float('-inf'), float('nan'), 0.125, 2.5, -0.0001, 123456789.0,
                 '', 'a', 'abc', 'hello world', '\u00e9t\u00e9', '\U0001F600x']
format_cases = []
for v in format_values:
    for s in format_specs:
        r = run(lambda: format(v, s))
        if isinstance(v, int) and v > 10 ** 100 and 'str' in r:
            r = {'len': len(r['str']), 'head': r['str'][:30]}
        format_cases.append({'v': {'pow10': 5000} if v == 10 ** 5000 else enc(v), 'spec': s, 'r': r})

# ----------------------------------------------------------------------------------------------
# printf-style

class Key(dict):
    pass


pct_cases = []
pct_inputs = [
    ('%5%', ()), ('%%', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('hello', 5), ('hello', {'a': 1}),
    ('%(a)s %s', {'a': 1}), ('%(a)s', (1,)), ('%(a', {'a': 1}), ('%', ()), ('%5', (1,)), ('%d', 'x'),
    ('%x', 1.5), ('%f', 'x'), ('%c', 'ab'), ('%c', -1), ('%c', 2 ** 70), ('%c', 1.5), ('%-05d', 3),
    ('%05s', 'ab'), ('%05d', -3), ('%+05d', 3), ('% d', 3), ('%#x', 255), ('%#5x', 255), ('%#05x', 255),
    ('%#-8X', 255), ('%.3d', -5), ('%#.5o', 8), ('%+.2f', 1.5), ('%010.2f', -1.5), ('%-10.2e|', 1234.5),
    ('%g', 1e-5), ('%#g', 1.0), ('%.0f', 2.5), ('%r', ('a',)), ('%a', '\u00e9'), ('%.2s', 'hello'),
    ('%*d', (5, 3)), ('%-*d|', (5, 3)), ('%*d|', (-5, 3)), ('%.*f', (2, 1.23456)), ('%*s', ('a', 'b')),
    ('%.*f', (-1, 1.5)), ('%z', (1,)), ('%\u00e9', (1,)), ('%\x01', (1,)), ('%ld %hd %Ld', (1, 2, 3)),
    ('%i %u', (1, 2)), ('%d', 2.7), ('%d', True), ('%s', True), ('%x', True), ('%d', float('inf')),
    ('%d', float('nan')), ('%o', -8), ('%X', -255), ('%e', 5), ('%5c|', 'a'), ('%-5c|', 65),
    ('%(a)s %(b)d', {'a': 'x', 'b': 2}), ('%s%%', (1,)), ('%.3r', 'abcdef'), ('%5.1s|', 'abc'),
    ('%+s', 'a'), ('% 5s', 'a'), ('%+5s|', 'a'), ('%d', 10 ** 5000), ('%s', [1, 2]), ('%d', [1]),
    ('%5.2f|%-8s|%08.3e|%+x', (3.14159, 'ab', -0.00123, 255)), ('%c%c', ('\U0001F600', 0x1F601)),
    ('\U0001F600%s\U0001F600%z', ('x', 1)), ('%(x)s', [1]), ('%s', ()), ('%s', ((1, 2),)),
    ('%.1000f', 1.5), ('%5.3s|', '\U0001F600\U0001F601\U0001F602\U0001F603'), ('%#o', 0), ('%#x', 0),
    ('%+d', 0), ('% .3f', 2.0), ('%-+8.2f|', 3.14159), ('%0-8d|', 5), ('%3c', 'x'), ('%.0e', 12345.0),
    ('%10.4g|', 123.456), ('%G', 1e-10), ('%E', 1e300), ('%F', float('inf')), ('%f', float('nan')),
    ('%-6.2f|', -0.0), ('%(k)05d', {'k': 42}), ('%(k)r %(k)s', {'k': 'v'}), ('%d %d', [1, 2]),
    ('%*.*f', (8, 2, 3.14159)), ('%.*s', (2, 'abcdef')),
]
for fmt, args in pct_inputs:
    r = run(lambda: fmt % args)
    if 'str' in r and len(r['str']) > 2000:
        r = {'len': len(r['str']), 'head': r['str'][:30]}
    pct_cases.append({'fmt': fmt, 'args': enc(args) if not isinstance(args, dict) else {'dict': {k: enc(v) for k, v in args.items()}}, 'r': r})

# ----------------------------------------------------------------------------------------------
# ints

small = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, -256, 2 ** 31, -2 ** 31, 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53,
         2 ** 53 + 1, 2 ** 61 - 1, 2 ** 61, 2 ** 63, -2 ** 63, 2 ** 64 + 3, 10 ** 30, -10 ** 30, 3 ** 100]
ints = list(small)
for _ in range(40):
    ints.append(rng.randint(-10 ** 6, 10 ** 6))
    ints.append(rng.randint(-2 ** 53, 2 ** 53))
    ints.append(rng.randint(-2 ** 200, 2 ** 200))

int_ops = []
pairs = [(a, b) for a in ints[:30] for b in ints[:30]] + [(rng.choice(ints), rng.choice(ints)) for _ in range(600)]
for a, b in pairs:
    int_ops.append({
        'a': str(a), 'b': str(b),
        'floordiv': run(lambda: a // b), 'mod': run(lambda: a % b), 'truediv': run(lambda: a / b),
        'pow': run(lambda: pow(a, b % 50 if abs(a) > 1 else b)) if b >= 0 else run(lambda: a ** b) if abs(b) < 400 else None,
        'powmod': run(lambda: pow(a, b, (b % 1000) - 500 or 7)) if abs(b) < 10 ** 40 else None,
        'and': str(a & b), 'or': str(a | b), 'xor': str(a ^ b),
        'lshift': run(lambda: a << (b % 70)), 'rshift': run(lambda: a >> (b % 70)),
        'cmpf': run(lambda: [a < float(b), a == float(b), float(a) <= b]) if abs(b) < 1e300 else None,
        'roundn': run(lambda: round(a, -(abs(b) % 25))),
    })

int_unary = []
for a in ints:
    int_unary.append({
        'a': str(a), 'float': run(lambda: float(a)), 'hash': str(hash(a)), 'bin': bin(a), 'oct': oct(a),
        'hex': hex(a), 'bitlen': a.bit_length(), 'bitcount': a.bit_count(), 'invert': str(~a),
        'tobytes': run(lambda: list(a.to_bytes(max(1, (a.bit_length() + 8) // 8), 'little', signed=True))),
        'tobytes_big_unsigned': run(lambda: list(a.to_bytes(10, 'big'))),
    })
int_unary.append({'a': str(2 ** 1024), 'float': run(lambda: float(2 ** 1024)), 'hash': str(hash(2 ** 1024))})
int_unary.append({'a': str(2 ** 1024 - 2 ** 970), 'float': run(lambda: float(2 ** 1024 - 2 ** 970)), 'hash': '0'})
int_unary[-1]['hash'] = str(hash(2 ** 1024 - 2 ** 970))
int_unary.append({'a': str(2 ** 1024 - 2 ** 971), 'float': run(lambda: float(2 ** 1024 - 2 ** 971)),
                  'hash': str(hash(2 ** 1024 - 2 ** 971))})

truediv_big = []
for _ in range(300):
    a = rng.randint(-2 ** rng.randint(1, 1200), 2 ** rng.randint(1, 1200))
    b = rng.randint(1, 2 ** rng.randint(1, 1200)) * rng.choice([-1, 1])
    truediv_big.append({'a': str(a), 'b': str(b), 'r': run(lambda: a / b)})
for a, b in [(1, 2 ** 1075), (3, 2 ** 1075), (-1, 10 ** 400), (10 ** 400, 1), (2 ** 1030, 2 ** 1000),
             (10 ** 400, 10 ** 399), (2 ** 1075 + 1, 2 ** 2150), (0, -10 ** 400), (2 ** 54 + 3, 2), (2 ** 53 + 1, 1)]:
    truediv_big.append({'a': str(a), 'b': str(b), 'r': run(lambda: a / b)})

int_parse = []
parse_int_inputs = ['0', '00', '010', '0_0', ' 1_000 ', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0b_1',
                    '0x_1f', '0x', '0b12', '1e5', '-  1', '+-1', '- 1', '  -0x_1f  ', '\u0661\u0662', '\x851\u3000',
                    '\x1c1', 'z', 'Z', 'zz', '12' + chr(0x1D7CE), '9' * 20, '-' + '9' * 40, '1' * 4301,
                    '1_' + '1' * 4300, 'f' * 5000, '', ' ', '+', '123abc', '٣٤']
for s in parse_int_inputs:
    for base in (0, 2, 8, 10, 16, 36, 1, 37):
        r = run(lambda: int(s, base))
        if 'int' in r and len(r['int']) > 60:
            r = {'intlen': len(r['int']), 'head': r['int'][:20]}
        int_parse.append({'s': s, 'base': base, 'r': r})

int_str_limit = [
    {'digits': 4300, 'r': run(lambda: len(str(10 ** 4299)))},
    {'digits': 4301, 'r': run(lambda: len(str(10 ** 4300)))},
    {'digits': 5000, 'r': run(lambda: len(str(-10 ** 4999)))},
]

hash_cases = {
    'tuples': [{'items': [str(x) for x in t], 'h': str(hash(t))} for t in
               [(), (1,), (1, 2), (1, 2, 3), (-1,), (-2,), (0, 0), (2 ** 61, -5), tuple(range(20)), (10 ** 30, -10 ** 30)]],
    'nested': str(hash(((1, 2), 3))),
    'frozensets': [{'items': [str(x) for x in s], 'h': str(hash(frozenset(s)))} for s in
                   [[], [1], [1, 2, 3], [-1, -2], list(range(50)), [2 ** 70]]],
    'complex': [{'re': repr(c.real), 'im': repr(c.imag), 'h': str(hash(c))} for c in [1 + 2j, -1.5j, 3 + 0j, 1e300 - 1e-300j]],
}

with open(os.path.join(HERE, 'fixtures', 'numeric_cases.json'), 'w', encoding='utf-8') as f:
    json.dump({
        'floats': float_cases, 'parse': parse_cases, 'fromhex': hex_cases, 'format': format_cases,
        'percent': pct_cases, 'intOps': int_ops, 'intUnary': int_unary, 'truedivBig': truediv_big,
        'intParse': int_parse, 'intStrLimit': int_str_limit, 'hash': hash_cases,
    }, f, ensure_ascii=True, separators=(',', ':'))

# ----------------------------------------------------------------------------------------------
# math and random

math_funcs1 = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
               'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'erf', 'erfc', 'gamma', 'lgamma',
               'fabs', 'floor', 'ceil', 'trunc', 'degrees', 'radians', 'frexp', 'modf', 'isfinite', 'isinf',
               'isnan', 'ulp']
math_args = [0.0, -0.0, 0.5, 1.0, 2.0, 3.0, 0.1, 10.0, -1.0, -0.5, 100.0, 1e-10, 1e300, -1e300, 710.0, -750.0,
             1e-320, 0.9999999999, 1.0000000001, 22.5, -22.5, 200.0, -3.5, 171.5, float('inf'), float('-inf'),
             float('nan'), math.pi, math.e, 1e22, 2.0 ** 60]
math_args += [rng.uniform(-10, 10) for _ in range(120)] + [rng.uniform(0, 3) for _ in range(60)]
math1 = []
for fn in math_funcs1:
    for x in math_args:
        math1.append({'f': fn, 'x': repr(x), 'r': run(lambda: getattr(math, fn)(x))})

math_int_args = {
    'log': [10 ** 400, 2 ** 2000, 1, 0, -5, 3, 10 ** 30],
    'log2': [2 ** 3000, 10 ** 400, 1, 8],
    'log10': [10 ** 400, 10 ** 22, 1000],
    'sqrt': [2 ** 2000, 4, 10 ** 30],
}
math_int = [{'f': fn, 'x': str(v), 'r': run(lambda: getattr(math, fn)(v))} for fn, vs in math_int_args.items() for v in vs]

math2 = []
pairs2 = [(2.0, 0.5), (10.0, 400.0), (0.0, -1.0), (-8.0, 1 / 3), (-2.0, 3.0), (float('inf'), -3.0), (-0.0, -3.0),
          (1.0, float('nan')), (float('nan'), 0.0), (5.0, 2.0), (7.0, 2.0), (-7.5, 2.0), (1.0, 0.0),
          (float('inf'), 1.0), (1.0, float('inf')), (3.0, 4.0), (0.0, -0.0), (-0.0, -0.0), (1e308, 1e308),
          (15.015762820907513, 8.991082780130784)]
pairs2 += [(rng.uniform(0, 20), rng.uniform(-20, 20)) for _ in range(120)]
pairs2 += [(rng.uniform(-5, 5), rng.uniform(-5, 5)) for _ in range(60)]
for fn in ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'hypot', 'log', 'isclose', 'nextafter', 'dist']:
    for x, y in pairs2:
        if fn == 'dist':
            f = lambda: math.dist((x, y), (y, x))  # noqa: E731
        else:
            f = lambda: getattr(math, fn)(x, y)  # noqa: E731
        math2.append({'f': fn, 'x': repr(x), 'y': repr(y), 'r': run(f)})

hypot_n = []
for _ in range(150):
    n = rng.randint(0, 6)
    v = [rng.uniform(-1e3, 1e3) * 10 ** rng.randint(-5, 5) for _ in range(n)]
    hypot_n.append({'v': [repr(x) for x in v], 'r': run(lambda: math.hypot(*v))})
for v in [[1e-320, 1e-320], [5e-324, 5e-324, 5e-324], [1e308, 1e308], [3.0, 4.0], [float('inf'), float('nan')], [float('nan'), 1.0]]:
    hypot_n.append({'v': [repr(x) for x in v], 'r': run(lambda: math.hypot(*v))})

fsum_cases = []
for _ in range(100):
    v = [rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for _ in range(rng.randint(0, 30))]
    fsum_cases.append({'v': [repr(x) for x in v], 'r': run(lambda: math.fsum(v))})
for v in [[0.1] * 10, [1e-16, 1, 1e16], [1e308, 1e308], [float('inf'), float('-inf')], [float('inf'), 1.0],
          [float('nan'), 1.0], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [2.0 ** 53, 1.0, 2.0 ** -80]]:
    fsum_cases.append({'v': [repr(x) for x in v], 'r': run(lambda: math.fsum(v))})

int_funcs = []
for n in [0, 1, 5, 20, 21, 50, 100, -1, 10 ** 20]:
    int_funcs.append({'f': 'factorial', 'a': [str(n)], 'r': run(lambda: math.factorial(n))})
for n, k in [(10, 3), (3, 5), (-1, 2), (5, -1), (100, 50), (10 ** 20, 10 ** 19), (0, 0), (60, 30), (1000, 3)]:
    int_funcs.append({'f': 'comb', 'a': [str(n), str(k)], 'r': run(lambda: math.comb(n, k))})
    int_funcs.append({'f': 'perm', 'a': [str(n), str(k)], 'r': run(lambda: math.perm(n, k))})
for args in [(), (0,), (-4, 6), (12, 18, 27), (2 ** 100, 2 ** 80 * 3), (0, 0), (-7,)]:
    int_funcs.append({'f': 'gcd', 'a': [str(a) for a in args], 'r': run(lambda: math.gcd(*args))})
    int_funcs.append({'f': 'lcm', 'a': [str(a) for a in args], 'r': run(lambda: math.lcm(*args))})
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 30, 2 ** 53 - 1, 2 ** 52 + 5, 10 ** 100 + 7, -1]:
    int_funcs.append({'f': 'isqrt', 'a': [str(n)], 'r': run(lambda: math.isqrt(n))})
for items in [[1, 2, 3], [1, 2.0], [], [2 ** 1100, 1.0], [0.5, 2 ** 70], [3, 4, 5]]:
    int_funcs.append({'f': 'prod', 'a': [enc(x) for x in items], 'r': run(lambda: math.prod(items))})

rand_seq = []
for seed in [0, 1, 42, -42, 2 ** 100, 123456789, 'hello', 'h\u00e9llo \U0001F600', b'bytes seed']:
    r = random.Random(seed)
    out = {
        'seed': enc(seed) if not isinstance(seed, bytes) else {'bytes': list(seed)},
        'random': [repr(r.random()) for _ in range(5)],
        'getrandbits': [str(r.getrandbits(k)) for k in (1, 7, 32, 33, 64, 100, 0)],
        'randint': [str(r.randint(1, 100)) for _ in range(5)],
        'randrange': [str(r.randrange(0, 100, 7)), str(r.randrange(10)), str(r.randrange(-50, 50, -3)) if False else str(r.randrange(50, -50, -3)),
                      str(r.randrange(2 ** 80))],
        'choice': [r.choice('abcdefg') for _ in range(5)],
        'sample_small': r.sample(range(10), 4),
        'sample_big': r.sample(range(1000), 12),
        'sample_counts': r.sample(['a', 'b', 'c'], k=5, counts=[3, 2, 4]),
        'choices': r.choices('abc', k=6),
        'choices_w': r.choices('abc', [1, 2, 3], k=6),
        'choices_wf': r.choices('abc', [0.5, 0.25, 3.5], k=6),
        'choices_cum': r.choices('abc', cum_weights=[1, 5, 6], k=6),
    }
    lst = list(range(12))
    r.shuffle(lst)
    out['shuffle'] = lst
    out['floats'] = [repr(v) for v in [r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 7), r.gauss(), r.gauss(),
                                       r.normalvariate(2, 3), r.expovariate(1.5), r.lognormvariate(0, 1),
                                       r.vonmisesvariate(1, 2), r.gammavariate(2.5, 1), r.gammavariate(0.5, 2),
                                       r.gammavariate(1.0, 3), r.betavariate(2, 3), r.paretovariate(3),
                                       r.weibullvariate(1, 2)]]
    out['randbytes'] = list(r.randbytes(9))
    out['after'] = repr(r.random())
    rand_seq.append(out)

r = random.Random(7)
state = r.getstate()
rand_state = {'version': state[0], 'state': list(state[1]), 'gauss': state[2], 'next': [repr(r.random()) for _ in range(3)]}
rand_errors = []
r = random.Random(1)
for name, f in [('randrange0', lambda: r.randrange(0)), ('randrange_empty', lambda: r.randrange(5, 5)),
                ('randrange_step0', lambda: r.randrange(0, 10, 0)), ('randrange_empty_step', lambda: r.randrange(10, 0, 2)),
                ('choice_empty', lambda: r.choice([])), ('sample_big', lambda: r.sample(range(3), 5)),
                ('getrandbits_neg', lambda: r.getrandbits(-1)), ('gamma_bad', lambda: r.gammavariate(0, 1)),
                ('choices_both', lambda: r.choices('ab', [1, 2], cum_weights=[1, 2])),
                ('choices_len', lambda: r.choices('ab', [1])), ('choices_zero', lambda: r.choices('ab', [0, 0])),
                ('randrange_stopnone_step', lambda: r.randrange(10, None, 2))]:
    rand_errors.append({'name': name, 'r': run(f)})

with open(os.path.join(HERE, '..', 'modules', 'fixtures', 'numeric_modules.json'), 'w', encoding='utf-8') as f:
    json.dump({'math1': math1, 'mathInt': math_int, 'math2': math2, 'hypot': hypot_n, 'fsum': fsum_cases,
               'intFuncs': int_funcs, 'random': rand_seq, 'randomState': rand_state, 'randomErrors': rand_errors},
              f, ensure_ascii=True, separators=(',', ':'))
print('ok')
