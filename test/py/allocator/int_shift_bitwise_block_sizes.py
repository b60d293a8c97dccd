# int <<, >>, &, |, ^, ~, unary minus and abs() allocate what CPython's long_lshift1,
# long_rshift1, long_bitwise, long_invert, long_neg and long_abs allocate: medium operands take
# _PyLong_FromSTwoDigits (the small-int cache, or one 32-byte block); otherwise the result is
# _PyLong_New of the size computed before the digits are known (shifts: size plus or minus the
# whole digits; bitwise: by operator and signs, one more digit for a negative result), passed
# through maybe_small_long; long_bitwise first makes a two's-complement copy of each negative
# operand. ~x of a big x is long_add(x, 1) negated in place; -x copies x (_PyLong_Copy).
import sys
import tracemalloc

medium = 2 ** 29 + 3
two = 2 ** 40 + 9
big = 2 ** 200 + 12345
nbig = -(2 ** 100 + 1)


def traced(f):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    r = f()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return current - before, peak - before


def blocks(f):
    b = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - b


print("-- left shift")
print("1 << 5:", traced(lambda: 1 << 5))
print("1 << 20:", traced(lambda: 1 << 20))
print("medium << 1:", traced(lambda: medium << 1))
print("-medium << 29:", traced(lambda: -medium << 29))
print("1 << 30:", traced(lambda: 1 << 30))
print("1 << 60:", traced(lambda: 1 << 60))
print("two << 1:", traced(lambda: two << 1))
print("two << 30:", traced(lambda: two << 30))
print("big << 100:", traced(lambda: big << 100))
print("0 << 1000:", traced(lambda: 0 << 1000))
print("-- right shift")
print("medium >> 3:", traced(lambda: medium >> 3))
print("-medium >> 40:", traced(lambda: -medium >> 40))
print("two >> 1:", traced(lambda: two >> 1))
print("two >> 20:", traced(lambda: two >> 20))
print("two >> 35:", traced(lambda: two >> 35))
print("big >> 0:", traced(lambda: big >> 0), (big >> 0) is big)
print("nbig >> 0:", traced(lambda: nbig >> 0), (nbig >> 0) is nbig)
print("nbig >> 3:", traced(lambda: nbig >> 3))
print("nbig >> 30:", traced(lambda: nbig >> 30))
print("nbig >> 35:", traced(lambda: nbig >> 35))
print("nbig >> 95:", traced(lambda: nbig >> 95))
print("nbig >> 99:", traced(lambda: nbig >> 99))
print("nbig >> 1000:", traced(lambda: nbig >> 1000))
print("big >> 195:", traced(lambda: big >> 195))
print("big >> (2 ** 64):", traced(lambda: big >> (2 ** 64)))
try:
    big << -1
except ValueError as e:
    print("ValueError:", e)
print("-- bitwise")
print("medium & 0xff:", traced(lambda: medium & 0xFF))
print("medium | 1:", traced(lambda: medium | 1))
print("-medium ^ 5:", traced(lambda: -medium ^ 5))
print("two & 0xff:", traced(lambda: two & 0xFF))
print("two & 2**40:", traced(lambda: two & 2 ** 40))
print("two | 1:", traced(lambda: two | 1))
print("two ^ two:", traced(lambda: two ^ two))
print("-two & 0xff:", traced(lambda: -two & 0xFF))
print("two & -256:", traced(lambda: two & -256))
print("-two | 1:", traced(lambda: -two | 1))
print("-two | -big:", traced(lambda: -two | -big))
print("-two & -big:", traced(lambda: -two & -big))
print("big ^ -two:", traced(lambda: big ^ -two))
print("-big ^ -two:", traced(lambda: -big ^ -two))
print("big & nbig:", traced(lambda: big & nbig))
print("big | 0:", traced(lambda: big | 0))
print("-- unary")
print("~medium:", traced(lambda: ~medium))
print("~5:", traced(lambda: ~5))
print("~two:", traced(lambda: ~two))
print("~nbig:", traced(lambda: ~nbig))
print("~(-2**60):", traced(lambda: ~(-2 ** 60)))
print("-medium:", traced(lambda: -medium))
print("-two:", traced(lambda: -two))
print("-big:", traced(lambda: -big))
print("abs(nbig):", traced(lambda: abs(nbig)))
print("abs(big):", traced(lambda: abs(big)), abs(big) is big)
print("+big:", traced(lambda: +big), +big is big)


class Sub(int):
    pass


s = Sub(two)
print("+Sub(two):", traced(lambda: +s), type(+s).__name__)
n = Sub(-two)
print("abs(Sub(-two)):", traced(lambda: abs(n)), type(abs(n)).__name__)
print("-Sub(-two):", traced(lambda: -n))
print("~Sub(-two):", traced(lambda: ~n))
print("Sub(-two) >> 0:", traced(lambda: n >> 0), type(n >> 0).__name__)
print("-- blocks")
print("getallocatedblocks nbig >> 3:", blocks(lambda: nbig >> 3))
print("getallocatedblocks -big ^ -two:", blocks(lambda: -big ^ -two))
print("getallocatedblocks ~nbig:", blocks(lambda: ~nbig))
print("-- address reuse")
# long_bitwise's complement copies are freed after the result is made: a result of the same
# size class does not take the block freed just before.
s = big + 1
sid = id(s)
del s
r = -big & -big
print("-big & -big reuses a just-freed block:", id(r) == sid)
s = big + 1
sid = id(s)
del s
r = big & big
print("big & big reuses it:", id(r) == sid)
