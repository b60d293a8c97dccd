# int //, % and divmod() allocate what CPython's long_div, long_mod and long_divmod allocate:
# two one-digit operands take fast_floor_div / fast_mod (PyLong_FromLong: the small-int cache or
# one 32-byte block); a one-digit divisor takes divrem1 (a quotient of the dividend's digits) or
# rem1 (only the remainder); a longer divisor takes x_divrem, whose normalised copies of both
# operands live while the quotient is made (true division shifts the dividend into one more
# temporary first). Floor adjustments (operands of different signs) go
# through long_add and long_sub. tracemalloc shows the requests: current and peak around one
# operation, the sizes of the blocks that stay, and sys.getallocatedblocks() counts them.
import sys
import tracemalloc

one = 7                    # one digit
medium = 2 ** 29 + 3       # one digit, not a small int
two = 2 ** 40 + 9          # two digits
three = 10 ** 20 + 7       # three digits
big = 10 ** 60 + 12345     # seven digits
div2 = 10 ** 10            # two-digit divisor
zero = int("0")            # the cached small int


def traced(f):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    r = f()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return current - before, peak - before


def live_sizes(f):
    """The block sizes (from this file) that the result keeps alive."""
    tracemalloc.start()
    r = f()
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    del r
    return sorted(t.size for t in snap.traces if t.traceback[0].filename == __file__)


def blocks(f):
    b = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b


print("-- floor division")
print("7 // 2:", traced(lambda: one // 2))
print("medium // 3:", traced(lambda: medium // 3))
print("-medium // 3:", traced(lambda: -medium // 3))
print("0 // medium:", traced(lambda: 0 // medium))
print("two // 7:", traced(lambda: two // one))
print("two // 2**20:", traced(lambda: two // 2 ** 20))
print("three // 7:", traced(lambda: three // one))
print("-three // 7:", traced(lambda: -three // one))
print("three // div2:", traced(lambda: three // div2))
print("-three // div2:", traced(lambda: -three // div2))
print("big // div2:", traced(lambda: big // div2))
print("big // -three:", traced(lambda: big // -three))
print("three // three:", traced(lambda: three // three))
print("three // big:", traced(lambda: three // big))
print("two // (two - 1):", traced(lambda: two // (two - 1)))

print("-- remainder")
print("7 % 3:", traced(lambda: one % 3))
print("-medium % 1000:", traced(lambda: -medium % 1000))
print("three % 7:", traced(lambda: three % one))
print("three % 1000000007:", traced(lambda: three % 1000000007))
print("-three % 1000000007:", traced(lambda: -three % 1000000007))
print("-three % 100:", traced(lambda: -three % 100))
print("three % div2:", traced(lambda: three % div2))
print("-three % div2:", traced(lambda: -three % div2))
print("three % -div2:", traced(lambda: three % -div2))
print("big % three:", traced(lambda: big % three))
print("two % big:", traced(lambda: two % big))
print("-two % big:", traced(lambda: -two % big))
print("(10**20) % div2 is 0:", ((10 ** 20) % div2) is zero)

print("-- divmod")
print("divmod(7, 2):", traced(lambda: divmod(one, 2)))
print("divmod(-medium, 7):", traced(lambda: divmod(-medium, one)))
print("divmod(three, 7):", traced(lambda: divmod(three, one)))
print("divmod(-three, 7):", traced(lambda: divmod(-three, one)))
print("divmod(three, div2):", traced(lambda: divmod(three, div2)))
print("divmod(-three, div2):", traced(lambda: divmod(-three, div2)))
print("divmod(three, -div2):", traced(lambda: divmod(three, -div2)))
print("divmod(-three, -div2):", traced(lambda: divmod(-three, -div2)))
print("divmod(big, three):", traced(lambda: divmod(big, three)))
print("divmod(0, big):", traced(lambda: divmod(0, big)))
print("divmod(10**20, div2)[1] is 0:", divmod(10 ** 20, div2)[1] is zero)

print("-- true division (the float is from the free list)")
print("three / 7:", traced(lambda: three / one))
print("three / div2:", traced(lambda: three / div2))
print("big / three:", traced(lambda: big / three))
print("div2 / big:", traced(lambda: div2 / big))
p60 = 2 ** 60
print("2**60 / 3:", traced(lambda: p60 / 3))
print("3 / 2**60:", traced(lambda: 3 / p60))

print("-- blocks that stay")
print("big // div2:", live_sizes(lambda: big // div2))
print("divmod(-three, div2):", live_sizes(lambda: divmod(-three, div2)[0]))
print("-three % 100:", live_sizes(lambda: -three % 100))
print("getallocatedblocks big // 7:", blocks(lambda: big // one))
print("getallocatedblocks big % 7:", blocks(lambda: big % one))
print("getallocatedblocks -big % 10**15:", blocks(lambda: -big % 10 ** 15))


class Sub(int):
    pass


print("-- int subclass and errors")
s = Sub(three)
print("Sub(three) % big:", traced(lambda: s % big), type(s % big).__name__)
print("Sub(three) // big:", traced(lambda: s // big))
for f in (lambda: three // 0, lambda: three % 0, lambda: divmod(three, 0), lambda: 7 // 0, lambda: 7 % 0):
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

print("-- address reuse")
# A freed block is the next one handed out in its size class. x_divrem's copy of the dividend
# (size_v + 1 digits) is freed only after the quotient is made, so a quotient of the same size
# class cannot land in the block the dividend's copy was given.
s = big + 1
sid = id(s)
del s
q = big // (10 ** 15)
print("quotient reuses a just-freed block:", id(q) == sid)
s = three + 1
sid = id(s)
del s
q = three // one
print("divrem1 quotient reuses it:", id(q) == sid)
