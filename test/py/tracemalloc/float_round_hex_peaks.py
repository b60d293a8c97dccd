# round(x, n) (double_round) copies _Py_dg_dtoa's digits into a 100-byte stack buffer, or into
# a PyMem_Malloc'd one of len(digits) + 8 bytes when that is too small, and frees it after the
# float is made. float.hex builds its text with PyUnicode_FromFormat("0x%sp%c%d"): a writer of
# strlen(format) + 100 characters, over-allocated, with "%s" made into a str of its own.
import tracemalloc


def measure(label, f):
    f()  # a first call settles caches and free lists
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    current, peak = tracemalloc.get_traced_memory()
    print(f'{label:<24} {r!r:<26.26} kept={current - before:<4} peak={peak - before}')


tracemalloc.start()
tracemalloc.get_traced_memory()
measure("round(2.675, 2)", lambda: round(2.675, 2))
measure("round(1e300, 2)", lambda: round(1e300, 2))
measure("round(1e100, -50)", lambda: round(1e100, -50))
measure("round(1e92, 0)", lambda: round(1e92, 0))
measure("round(1e93, 0)", lambda: round(1e93, 0))
measure("round(1/3, 120)", lambda: round(1 / 3, 120))
measure("round(1e300, 300)", lambda: round(1e300, 300))
measure("round(1e300, 330)", lambda: round(1e300, 330))
measure("round(inf, 2)", lambda: round(float('inf'), 2))
measure("(1.5).hex()", lambda: (1.5).hex())
measure("(-0.1).hex()", lambda: (-0.1).hex())
measure("(5e-324).hex()", lambda: (5e-324).hex())
measure("(0.0).hex()", lambda: (0.0).hex())
measure("(-0.0).hex()", lambda: (-0.0).hex())
measure("(nan).hex()", lambda: float('nan').hex())
