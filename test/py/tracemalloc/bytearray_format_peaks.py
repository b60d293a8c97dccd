# `bytearray % args` uses the same _PyBytesWriter with use_bytearray and no overallocation: a
# small result is copied into a new bytearray (its object, then its buffer); past 512 bytes
# the writer's buffer is a bytearray resized with PyByteArray_Resize (which over-allocates on
# its own) and returned as it is, resized to the bytes written.
import tracemalloc

big = b'x' * 600
cases = [
    ("bytearray(b'%.2f') % 1.5", b'%.2f', 1.5),
    ("bytearray(b'a%sb') % (b'xy',)", b'a%sb', (b'xy',)),
    ("bytearray(b'') % ()", b'', ()),
    ("bytearray(b'%c') % 66", b'%c', 66),
    ("bytearray(b'%X') % 255", b'%X', 255),
    ("bytearray(b'%5d') % 12345", b'%5d', 12345),
    ("bytearray(b'a%sb') % (big,)", b'a%sb', (big,)),
    ("bytearray(b'y' * 600) % ()", b'y' * 600, ()),
    ("bytearray(b'%600s-') % b'x'", b'%600s-', b'x'),
    ("bytearray(b'%d ' * 200) % range", b'%d ' * 200, tuple(range(200))),
    ("bytearray(b'%f ' * 100) % floats", b'%f ' * 100, tuple(float(i) for i in range(100))),
    ("bytearray(b'%d') % 10**1000", b'%d', 10 ** 1000),
    ("bytearray(b'%s' * 300) % empties", b'%s' * 300, (b'',) * 300),
    ("bytearray(b'%s' * 3) % (big,) * 3", b'%s' * 3, (big, big, big)),
]


def measure(fmt, args):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = fmt % args
    current, peak = tracemalloc.get_traced_memory()
    return r, current - before, peak - before


cases = [(label, bytearray(fmt), args) for label, fmt, args in cases]
tracemalloc.start()
# A first round settles the free lists and caches the conversions use.
for label, fmt, args in cases:
    measure(fmt, args)
for label, fmt, args in cases:
    r, kept, peak = measure(fmt, args)
    print(f'{label:<38} len={len(r):<5} {bytes(r[:10])!r:<14} kept={kept:<5} peak={peak}')
