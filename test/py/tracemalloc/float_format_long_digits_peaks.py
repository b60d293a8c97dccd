# _Py_dg_dtoa's digit string comes from dtoa.c's Bigint pools (not traced) unless it needs more
# than 1 << Kmax words: from 536 characters on (rv_alloc's i: ndigits for 'e' and 'g', ndigits +
# k + 1 for 'f', k being dtoa's first estimate of floor(log10(x))) it is PyMem_Malloc'd, alive
# while format_float_short mallocs its buffer, and freed after.
import tracemalloc


def measure(label, f):
    f()  # a first call settles caches and free lists
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    current, peak = tracemalloc.get_traced_memory()
    print(f'{label:<24} len={len(r):<5} kept={current - before:<5} peak={peak - before}')


tracemalloc.start()
tracemalloc.get_traced_memory()
measure("'%.534e' % 0.1", lambda: '%.534e' % 0.1)
measure("'%.535e' % 0.1", lambda: '%.535e' % 0.1)
measure("'%.800e' % 0.1", lambda: '%.800e' % 0.1)
measure("'%.536g' % 1e300", lambda: '%.536g' % 1e300)
measure("'%.512f' % 1e22", lambda: '%.512f' % 1e22)
measure("'%.513f' % 1e22", lambda: '%.513f' % 1e22)
measure("'%.500f' % 1e50", lambda: '%.500f' % 1e50)
measure("'%.500f' % 1e300", lambda: '%.500f' % 1e300)
measure("'%.600f' % 5e-324", lambda: '%.600f' % 5e-324)
measure("format(1e100, '.450f')", lambda: format(1e100, '.450f'))
measure("f'{2.0**200:,.500f}'", lambda: f'{2.0 ** 200:,.500f}')
measure("'%.600e' % inf", lambda: '%.600e' % float('inf'))
measure("'%.600f' % 0.0", lambda: '%.600f' % 0.0)
