# printf-style float conversions (formatfloat): PyOS_double_to_string PyMem_Mallocs a buffer of
# 3 + (digits with their zero padding) bytes, plus 5 with an exponent, 5 for inf and nan. Without
# width or precision the text goes straight into the writer (a str of its own when it is the
# whole result); otherwise it becomes a str first, which is written as it is when no padding or
# truncation applies, and the buffer is freed once the str exists.
import tracemalloc


def measure(label, f):
    f()  # a first call settles caches and free lists
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    current, peak = tracemalloc.get_traced_memory()
    print(f'{label:<26} {r!r:<24.24} kept={current - before:<4} peak={peak - before}')


tracemalloc.start()
tracemalloc.get_traced_memory()
x = 1.5
measure("'%e' % 1.5", lambda: '%e' % x)
measure("'%g' % 1.5", lambda: '%g' % x)
measure("'%g' % 0.0", lambda: '%g' % 0.0)
measure("'%E' % -2.25", lambda: '%E' % -2.25)
measure("'%f' % 1e22", lambda: '%f' % 1e22)
measure("'%e' % inf", lambda: '%e' % float('inf'))
measure("'%.0f' % 0.25", lambda: '%.0f' % 0.25)
measure("'%.0f' % -2.5", lambda: '%.0f' % -2.5)
measure("'%.30f' % inf", lambda: '%.30f' % float('inf'))
measure("'%.2f' % 1.5", lambda: '%.2f' % x)
measure("'%.30f' % 1.5", lambda: '%.30f' % x)
measure("'%.3e' % 12345.678", lambda: '%.3e' % 12345.678)
measure("'%10.3f' % 1.5", lambda: '%10.3f' % x)
measure("'%+.1f' % 1.5", lambda: '%+.1f' % x)
measure("'%#.0f' % 1.5", lambda: '%#.0f' % x)
measure("'x=%f!' % 1.5", lambda: 'x=%f!' % x)
measure("'%f %e' % (1.5, 1.5)", lambda: '%f %e' % (x, x))
measure("'%.2f' % 1e300", lambda: '%.2f' % 1e300)
