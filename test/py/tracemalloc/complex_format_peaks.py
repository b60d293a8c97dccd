# repr(complex) joins two PyOS_double_to_string buffers with PyUnicode_FromFormat("%s%s%sj%s"):
# an over-allocating writer of strlen(format) + 100 characters, each %s made into a str of its
# own first. format(complex, spec) (format_complex_internal) keeps both buffers and a str made of
# each while the writer is prepared for the whole result and filled.
import tracemalloc


def measure(label, f):
    f()  # a first call settles caches and free lists
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    current, peak = tracemalloc.get_traced_memory()
    print(f'{label:<26} {r!r:<28.28} kept={current - before:<4} peak={peak - before}')


tracemalloc.start()
tracemalloc.get_traced_memory()
z = 1 + 2j
measure("repr(1+2j)", lambda: repr(z))
measure("repr(-1.5j)", lambda: repr(-1.5j))
measure("repr(0j)", lambda: repr(0j))
measure("str(complex(1e300, -1e-300))", lambda: str(complex(1e300, -1e-300)))
measure("repr(complex(nan, inf))", lambda: repr(complex(float('nan'), float('inf'))))
measure("'%s' % (1+2j,)", lambda: '%s' % (z,))
measure("format(1+2j, '')", lambda: format(z, ''))
measure("format(1+2j, '.2f')", lambda: format(z, '.2f'))
measure("f'{1+2j:10.3e}'", lambda: f'{z:10.3e}')
measure("f'{1+2j:^30}'", lambda: f'{z:^30}')
measure("f'{1+2j:g}'", lambda: f'{z:g}')
measure("f'{1+2j:n}'", lambda: f'{z:n}')
measure("f'{1e300+1j:,.2f}'", lambda: f'{1e300 + 1j:,.2f}')
measure("f'{1+2j:.600f}'", lambda: f'{z:.600f}')
