"""decimal under CPython's C module and under kernel/lib/decimal.ts: every line must agree.
Arithmetic, comparisons, integer and real powers, the functions, the eight rounding modes at
several precisions, the conditions raised (flags and traps), str/repr and formatting."""
import sys
from decimal import *
import decimal

def show(label, f):
    try:
        r = f()
        out = repr(r)
    except Exception as e:
        out = '%s %s' % (type(e).__name__, e)
    ctx = getcontext()
    flags = [s.__name__ for s in ctx.flags if ctx.flags[s]]
    print(label, '->', out, flags)
    ctx.clear_flags()

vals = ['0', '-0', '1', '-1', '3', '0.1', '-2.5', '2.675', '1E+3', '1.20', '9.999999999999999999999999999',
        '1E-999999', '9E+999999', '12345678901234567890123456789012', 'Infinity', '-Infinity', 'NaN', 'sNaN', '0E-5']
import itertools, random
random.seed(5)
ops = ['+', '-', '*', '/', '//', '%', 'divmod', '**', 'max', 'min', 'compare', 'rn', 'quantize', 'max_mag', 'min_mag', 'cmp']
for a, b in itertools.product(vals, vals):
    for op in ops:
        if op == '**' and (len(b) > 6 and 'E' not in b): continue
        def f(a=a, b=b, op=op):
            x, y = Decimal(a), Decimal(b)
            if op == '+': return x + y
            if op == '-': return x - y
            if op == '*': return x * y
            if op == '/': return x / y
            if op == '//': return x // y
            if op == '%': return x % y
            if op == 'divmod': return divmod(x, y)
            if op == '**': return x ** y
            if op == 'max': return x.max(y)
            if op == 'min': return x.min(y)
            if op == 'max_mag': return x.max_mag(y)
            if op == 'min_mag': return x.min_mag(y)
            if op == 'compare': return x.compare(y)
            if op == 'rn': return x.remainder_near(y)
            if op == 'quantize': return x.quantize(y)
            if op == 'cmp': return (x == y, x < y, x >= y)
        show('%s %s %s' % (a, op, b), f)
for a in vals:
    for m in ['sqrt', 'exp', 'ln', 'log10', 'normalize', 'neg', 'pos', 'abs', 'next_plus', 'next_minus', 'logb',
              'to_integral_value', 'to_integral_exact', 'str', 'eng', 'tuple', 'int', 'float', 'hash', 'round', 'round2',
              'number_class', 'ratio', 'adjusted', 'is_normal']:
        if m in ('int', 'ratio', 'round') and a in ('1E-999999', '9E+999999'):
            continue  # a million-digit int: CPython's conversion alone takes minutes
        def f(a=a, m=m):
            x = Decimal(a)
            if m == 'neg': return -x
            if m == 'pos': return +x
            if m == 'abs': return abs(x)
            if m == 'str': return str(x)
            if m == 'eng': return x.to_eng_string()
            if m == 'tuple': return x.as_tuple()
            if m == 'int': return int(x)
            if m == 'float': return float(x)
            if m == 'hash': return hash(x) if not x.is_nan() else 'nan'
            if m == 'round': return round(x)
            if m == 'round2': return round(x, 2)
            if m == 'ratio': return x.as_integer_ratio()
            return getattr(x, m)()
        show('%s.%s' % (a, m), f)
for prec in [1, 3, 28]:
    for rounding in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
        with localcontext() as c:
            c.prec = prec
            c.rounding = rounding
            for a, b in [('1', '3'), ('2', '3'), ('-2', '3'), ('1.25', '1'), ('-1.35', '1'), ('999.5', '1'), ('0.05', '1'), ('12345', '1')]:
                show('%d %s %s/%s' % (prec, rounding, a, b), lambda: Decimal(a) / Decimal(b))
                show('%d %s %s+0' % (prec, rounding, a), lambda: Decimal(a) + 0)
                show('%d %s %s**0.5' % (prec, rounding, a), lambda: abs(Decimal(a)) ** Decimal('0.5'))
                show('%d %s exp(%s)' % (prec, rounding, a), lambda: Decimal(a).exp())
                show('%d %s ln(%s)' % (prec, rounding, a), lambda: abs(Decimal(a)).ln())
                show('%d %s sqrt(%s)' % (prec, rounding, a), lambda: abs(Decimal(a)).sqrt())
                show('%d %s pow7(%s)' % (prec, rounding, a), lambda: Decimal(a) ** 7)
                show('%d %s pow-3(%s)' % (prec, rounding, a), lambda: Decimal(a) ** -3)
                show('%d %s q(%s)' % (prec, rounding, a), lambda: Decimal(a).quantize(Decimal('0.1')))
                show('%d %s str(%s)' % (prec, rounding, a), lambda: format(Decimal(a) / 7, '.3f'))
print(getcontext())
print(Context(prec=5, traps=[Inexact]), DefaultContext, BasicContext, ExtendedContext)
for x in ['1234.5678','-0.000012345','1E+5','0','-0','inf','nan','123.456', '-sNaN12', '0E-7', '9.9999', '1E-20', '-1234567.5']:
    out = []
    for s in ['', 'f', '.2f', 'e', '.3e', 'g', '.3g', '%', ',', '>12.2f', '+.1f', '010.3f', ',.2f', '_', '.0f', '#.0f', 'z.1f', '.10g', 'E', 'G', 'n', '.2%', '^+15,.3e', '*<9', '=+10', '.0e', '.1g', '015,.2f', '.3', '012,', ' 8.1e']:
        try:
            out.append(format(Decimal(x), s))
        except Exception as e:
            out.append(type(e).__name__)
    print(x, out)
