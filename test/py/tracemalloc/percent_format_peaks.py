# `format % args` builds its result in a _PyUnicodeWriter: min_length is the format's length
# plus 100, over-allocated until the last piece; a lone %s of a str is the str itself; ints
# (also under %s, %r, %a) are written straight in through the decimal scratch int.
import tracemalloc

s = 'abc'
print('%s' % s is s, '%s' % (s,) is s, '%r' % s, '%5s|%-4d|%x|%#o|%c|%%|%.2f|%s' % ('ab', 7, 255, 8, 65, 1.5, None))
print('%(a)s-%(b)d' % {'a': 'x', 'b': 3}, '%s and %d' % ('a', 2), '%d' % True, '%s' % 5, '%03d' % -5, '%+d' % 5,
      '%X' % 255, '%+s|%5s|%r|%a' % (5, 7, 8, 9), '%r' % 10 ** 20)
tracemalloc.start()
cases = [
    ("'%s and %d' % ('a', 2)", lambda: '%s and %d' % ('a', 2)),
    ("'%s' % 12345", lambda: '%s' % 12345),
    ("'%s' % 2**100", lambda: '%s' % 2 ** 100),
    ("'value: %d items' % 10**6", lambda: 'value: %d items' % 1000000),
    ("'%r' % [1, 2]", lambda: '%r' % [1, 2]),
    ("'%s!' % 'é'", lambda: '%s!' % 'é'),
    ("'%s' % ('y' * 200)", lambda: '%s' % ('y' * 200)),
    ("'<%s>' % ('y' * 200)", lambda: '<%s>' % ('y' * 200)),
    ("'%-10s|' % 'ab'", lambda: '%-10s|' % 'ab'),
    ("'%x %o' % (255, 8)", lambda: '%x %o' % (255, 8)),
    ("'%5.1f%%' % 99.5", lambda: '%5.1f%%' % 99.5),
    ("'%c%c' % (65, 'é')", lambda: '%c%c' % (65, 'é')),
]
# A first measurement settles the tuple free list (get_traced_memory's result tuple).
tracemalloc.get_traced_memory()
for label, f in cases:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    current, peak = tracemalloc.get_traced_memory()
    print(f'{label:<28} len={len(r):<4} kept={current - before:<4} peak={peak - before}')
    r = None
