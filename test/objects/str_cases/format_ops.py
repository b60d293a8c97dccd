vals = [0, 5, -5, 42, -42, 3.14159, -2.5, 1e-7, 1e22, float("inf"), float("nan"), -0.0, True]
specs = ["", "5", "<8", ">8", "^9", "=+9", "+", " ", "08", "+08", ",", "_", "08,", ".2f", ".0f", "e", ".3e", "g", ".3g", "%", ".1%", "#x", "#o", "#b", "x", "X", "c", "n", "z.1f", "#.0f", "#g", ".10", "*^12.3"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v), row)
for s in ["", "5", "<5", ">5", "^6", "x^7", ".2", "10.3", "=5", "+", "#", "z", ",", "d", "05"]:
    try:
        print(repr(s), repr(format("abc", s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
pcts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+5d", "%+05d", "% 05d", "%x", "%#x", "%#08x", "%#-8x|", "%#o", "%X", "%.3d", "%8.3d", "%f", "%.2f", "%10.3f", "%-10.3f|", "%+.1e", "%g", "%#g", "%G", "%s", "%10s", "%-10s|", "%.2s", "%r", "%a", "%c", "%5c", "%i", "%u", "%%"]
for v in [7, -7, 255, 3.75, -0.0]:
    row = []
    for p in pcts:
        try:
            row.append(p % v if p != "%%" else p % ())
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(v), row)
for expr in ["'%s %s' % ('a',)", "'%s' % ('a', 'b')", "'%d' % 'x'", "'%x' % 1.5", "'%c' % 'ab'", "'%c' % 256", "'%c' % -1", "'%c' % 0x110000", "'%(a)s' % ('x',)", "'%(a' % {'a': 1}", "'%y' % 1", "'%' % 1", "'%*d' % (5, 3)", "'%-*d|' % (5, 3)", "'%.*f' % (2, 3.14159)", "'%*.*f' % (8, 2, 3.14159)", "'%s' % []", "'abc' % []", "'abc' % 5", "'%s' % {'a': 1}", "'%(a)s %(a)r' % {'a': 'x'}", "'%d' % 10**30", "'%f' % 10**30", "'%e' % 10**400", "'%d' % 3.99", "'%x' % True", "'%s %s' % (1, 2, 3)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
class Q:
    def __format__(self, spec):
        return 5
print(format(P(), "xyz"), "{:abc}".format(P()), f"{P():{'n'}}", "{0}{0:q}".format(P()))
for expr in ["format(Q())", "format(object(), 'x')", "format(1, 2)", "'{:{}}'.format(P(), 'inner')", "'{0:{1:{2}}}'.format(1, 2, 3)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
x = "".join(["ab", "cd"])
print('%s' % x is x, '%5s' % x is x, '%.9s' % x is x, '%-s' % x is x, '%s' % (x,) is x, '%(k)s' % {'k': x} is x, 'a%s' % x is x, '%s%s' % (x, '') is x, '%+s' % x is x)
print('{}'.format(x) is x, '{0}'.format(x) is x, '{:4}'.format(x) is x, '{!s}'.format(x) is x, '{:s}'.format(x) is x, '{}{}'.format(x, '') is x, f'{x}' is x, f'{x:}' is x, f'{x!s}' is x, format(x) is x, format(x, '<3') is x, x.__format__('') is x)
