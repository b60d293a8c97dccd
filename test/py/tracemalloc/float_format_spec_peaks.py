# format(float, spec), f-strings and str.format (format_float_internal): PyOS_double_to_string's
# buffer is written straight into the writer when there is no sign option, width, grouping or
# 'n'; otherwise it becomes a str (unicode_tmp) and is freed, and the writer is prepared for the
# whole laid-out number while unicode_tmp lives. Type 'n' also copies the C locale's grouping
# (one byte). An int with a float presentation type is converted to a float first.
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
big = -1234567.891
measure("format(1.5, '.3f')", lambda: format(x, '.3f'))
measure("f'{1.5:.2f}'", lambda: f'{x:.2f}')
measure("f'{1.5:g}'", lambda: f'{x:g}')
measure("f'{0.0:g}'", lambda: f'{0.0:g}')
measure("f'{1.5:.2%}'", lambda: f'{x:.2%}')
measure("f'{1.5:E}'", lambda: f'{x:E}')
measure("f'{1e300:.1f}'", lambda: f'{1e300:.1f}')
measure("f'{-1234567.891:,.2f}'", lambda: f'{big:,.2f}')
measure("f'{-1234567.891:_}'", lambda: f'{big:_}')
measure("'{:10.4e}'.format(1.5)", lambda: '{:10.4e}'.format(x))
measure("f'{1.5:+}'", lambda: f'{x:+}')
measure("f'{1.5:10}'", lambda: f'{x:10}')
measure("f'{1.5:é^12.3f}'", lambda: f'{x:é^12.3f}')
measure("f'{1.5:n}'", lambda: f'{x:n}')
measure("f'{0.0:n}'", lambda: f'{0.0:n}')
measure("f'{-1234567.891:.3n}'", lambda: f'{big:.3n}')
measure("f'{inf:010}'", lambda: f'{float("inf"):010}')
measure("f'{7:.2f}'", lambda: f'{7:.2f}')
measure("f'{12345678:,.1e}'", lambda: f'{12345678:,.1e}')
measure("f'{1.5:.2f} {1.5:e}'", lambda: f'{x:.2f} {x:e}')
