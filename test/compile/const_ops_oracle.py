"""Python's results for binary and unary operations on constants, for the folding tests.

Prints a JSON list of [op, [operand...], result] where operands and results are in the
ast_to_json convention ({"t": "int", "v": "3"}, ...), and result is null when Python raises.
The operand pools are fixed; the cases are every pair for each operator.
"""
import json
import math
import operator
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast_to_json  # noqa: E402

INTS = [0, 1, -1, 2, 3, 7, -7, 10, 255, 256, 2**53 + 1, -(2**62), 2**64, 10**20, -(10**30) + 7]
FLOATS = [0.0, -0.0, 0.5, -1.5, 3.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, math.inf, -math.inf,
          math.nan, 0.1, 2.5, -3.75]
COMPLEX = [0j, 1j, -2.5j, 1 + 2j, -3 - 0.5j, complex(0.0, -0.0)]
BOOLS = [True, False]
STRS = ['', 'a', 'ab', 'héllo', '\U0001f600x']
BYTES = [b'', b'a', b'xyz']
TUPLES = [(), (1,), (1, 'a')]

NUMS = INTS + FLOATS + COMPLEX + BOOLS
SEQS = STRS + BYTES + TUPLES

BINARY = {
    'Add': operator.add, 'Sub': operator.sub, 'Mult': operator.mul, 'Div': operator.truediv,
    'FloorDiv': operator.floordiv, 'Mod': operator.mod, 'Pow': operator.pow,
    'LShift': operator.lshift, 'RShift': operator.rshift, 'BitAnd': operator.and_,
    'BitOr': operator.or_, 'BitXor': operator.xor,
}
UNARY = {'USub': operator.neg, 'UAdd': operator.pos, 'Invert': operator.invert, 'Not': operator.not_}


def enc(v):
    if isinstance(v, tuple):
        return {"t": "tuple", "items": [enc(x) for x in v]}
    return ast_to_json.const(v)


def safe(f, *args):
    try:
        r = f(*args)
    except Exception:
        return None
    if isinstance(r, int) and not isinstance(r, bool) and r.bit_length() > 4000:
        return "big"
    return enc(r)


def main():
    cases = []
    for name, f in BINARY.items():
        left = NUMS + SEQS
        for a in left:
            for b in NUMS + SEQS:
                if name == 'Pow' and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 300:
                    continue
                if name == 'LShift' and isinstance(b, int) and b > 300:
                    continue
                if name == 'Mult' and isinstance(a, (str, bytes, tuple)) and isinstance(b, int) and b > 1000:
                    continue
                if name == 'Mult' and isinstance(b, (str, bytes, tuple)) and isinstance(a, int) and a > 1000:
                    continue
                if name == 'Mod' and isinstance(a, (str, bytes)):
                    continue  # %-formatting is never folded
                r = safe(f, a, b)
                if r == "big":
                    continue
                cases.append([name, [enc(a), enc(b)], r])
    for name, f in UNARY.items():
        for a in NUMS + SEQS:
            cases.append([name, [enc(a)], safe(f, a)])
    for a in SEQS:
        for i in [0, 1, -1, 2, -3, 10, True]:
            cases.append(['GetItem', [enc(a), enc(i)], safe(operator.getitem, a, i)])
    json.dump(cases, sys.stdout, ensure_ascii=False)


main()
