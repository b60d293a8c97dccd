# `bytes % args` past the writer's 512-byte stack buffer: the writer moves to a bytes object
# on the heap, sized to what is reserved (the format's length, then each conversion's padded
# width) plus a quarter while more conversions follow, grows it with realloc, and finishes by
# shrinking that very object to the bytes written. Ints without width or precision are
# written straight in (base 10 while the decimal scratch int is alive).
import tracemalloc

big = b'x' * 600
cases = [
    ("b'a%sb' % (big,)", b'a%sb', (big,)),
    ("b'a%s' % (big,)", b'a%s', (big,)),
    ("b'%600s' % b'x'", b'%600s', b'x'),
    ("b'%600s-' % b'x'", b'%600s-', b'x'),
    ("b'%s' * 3 % (big,) * 3", b'%s' * 3, (big, big, big)),
    ("b'y' * 600 % ()", b'y' * 600, ()),
    ("b'%d ' * 200 % range(200)", b'%d ' * 200, tuple(range(200))),
    ("b'%f ' * 100 % floats", b'%f ' * 100, tuple(float(i) for i in range(100))),
    ("b'%d' % 10**1000", b'%d', 10 ** 1000),
    ("b'%x' % 10**1000", b'%x', 10 ** 1000),
    ("b'%.300d' % 7", b'%.300d', 7),
    ("b'%s %d %f %x' % mixed", b'%s %d %f %x', (big, 10 ** 50, 1e200, 10 ** 60)),
    ("b'%*d|%-*s' % (700, 3, 5, b'ab')", b'%*d|%-*s', (700, 3, 5, b'ab')),
    ("b'%%' * 300 % ()", b'%%' * 300, ()),
    ("b'%c' * 600 % chars", b'%c' * 600, (65,) * 600),
    ("b'%s' * 300 % empties", b'%s' * 300, (b'',) * 300),
    ("b'%s' * 300 % one byte", b'%s' * 300, (b'',) * 299 + (b'z',)),
    ("b'%(long key)s' % {...}", b'%(' + b'k' * 600 + b')s', {b'k' * 600: b'v'}),
    ("b'%s!' % memoryview(big)", b'%s!', memoryview(big)),
    ("b'%a' % ('z' * 700)", b'%a', 'z' * 700),
]


def measure(fmt, args):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = fmt % args
    current, peak = tracemalloc.get_traced_memory()
    return r, current - before, peak - before


tracemalloc.start()
# A first round settles the free lists and caches the conversions use.
for label, fmt, args in cases:
    measure(fmt, args)
for label, fmt, args in cases:
    r, kept, peak = measure(fmt, args)
    print(f'{label:<34} len={len(r):<5} {r[:12]!r:<16} kept={kept:<5} peak={peak}')
