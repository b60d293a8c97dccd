# `bytes % args` builds its result in a _PyBytesWriter: a small result stays in the writer's
# 512-byte buffer on the C stack and is copied into a new bytes object at the end, so the
# peak is the conversion's temporaries: PyOS_double_to_string's buffer and the bytes made of
# it (%f with a width or precision), the str of _PyUnicode_FormatLong (%5d, %X, %.5d, %+d, an
# int subclass, a float under %d), the str of ascii() (%r), the bound __bytes__ method.
import tracemalloc


class Num(int):
    pass


class HasBytes:
    def __bytes__(self):
        return b'xyz' * 10


cases = [
    ("b'%.2f' % 1.5", b'%.2f', 1.5),
    ("b'%10.3f' % 2.5", b'%10.3f', 2.5),
    ("b'%f' % 2.5", b'%f', 2.5),
    ("b'%.1f' % 3", b'%.1f', 3),
    ("b'%010.2f' % -1.5", b'%010.2f', -1.5),
    ("b'%+f' % 2.0", b'%+f', 2.0),
    ("b'%.0f' % 5.0", b'%.0f', 5.0),
    ("b'%d' % 12345", b'%d', 12345),
    ("b'%5d' % 12345", b'%5d', 12345),
    ("b'%X' % 255", b'%X', 255),
    ("b'%#X' % 255", b'%#X', 255),
    ("b'%x' % 255", b'%x', 255),
    ("b'%.5d' % 3", b'%.5d', 3),
    ("b'%+d' % 3", b'%+d', 3),
    ("b'%d' % Num(7)", b'%d', Num(7)),
    ("b'%d' % 7.9", b'%d', 7.9),
    ("b'%r' % 'abc'", b'%r', 'abc'),
    ("b'%c' % 65", b'%c', 65),
    ("b'%3c' % 65", b'%3c', 65),
    ("b'%b' % HasBytes()", b'%b', HasBytes()),
    ("b'%s' % memoryview(b'abcdef')", b'%s', memoryview(b'abcdef')),
    ("b'a%sb' % (b'xy',)", b'a%sb', (b'xy',)),
    ("b'%(k)s' % {b'k': b'vv'}", b'%(k)s', {b'k': b'vv'}),
    ("b'' % ()", b'', ()),
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
    print(f'{label:<34} {r!r:<36} kept={kept:<4} peak={peak}')
