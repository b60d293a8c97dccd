# Products of ints whose smaller factor has more than 70 digits (140 for a square) go through
# CPython's Karatsuba multiplication (k_mul): the factors are split into high and low halves
# (two blocks each), the result block is allocated, and the three half-size products and the
# two half sums are made and freed along the way; a factor at most half the other's size
# takes k_lopsided_mul, which reuses one slice block. The result keeps its asize + bsize
# block; the temporaries show in tracemalloc's peak and in address reuse.
import sys
import tracemalloc

d71 = 2 ** (30 * 71 - 7) + 12345           # 71 digits
d71b = 3 ** 1340                            # 71 digits
d100 = 7 ** 1068 + 1                        # 100 digits
d150 = 5 ** 1935                            # 150 digits
d300 = 2 ** (30 * 299) * 3 + 1              # 300 digits
d400 = 11 ** 3468                           # 400 digits
p2 = 2 ** 6000                              # 201 digits, all low digits zero


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


print("digits:", [(x.bit_length() + 29) // 30 for x in (d71, d71b, d100, d150, d300, d400, p2)])
print("70-digit x_mul:", traced(lambda: (d71 >> 30) * (d71b >> 30)))
print("d71 * d71b:", traced(lambda: d71 * d71b))
print("d71 * -d71b:", traced(lambda: d71 * -d71b))
print("d71 * d71 (square, x_mul):", traced(lambda: d71 * d71))
print("d150 * d150 (square):", traced(lambda: d150 * d150))
print("d150 * (d150 + 1):", traced(lambda: d150 * (d150 + 1)))
print("d100 * d150:", traced(lambda: d100 * d150))
print("d100 * d300 (lopsided):", traced(lambda: d100 * d300))
print("d150 * d400 (lopsided):", traced(lambda: d150 * d400))
print("d400 * d400 (square):", traced(lambda: d400 * d400))
print("d300 * d400:", traced(lambda: d300 * d400))
print("p2 * p2 (square, zero low halves):", traced(lambda: p2 * p2))
print("p2 * d150:", traced(lambda: p2 * d150))
print("0 * d400:", traced(lambda: 0 * d400))
print("d400 ** 2:", traced(lambda: d400 ** 2))
print("getallocatedblocks d300 * d400:", blocks(lambda: d300 * d400))
print("getallocatedblocks d150 * d400:", blocks(lambda: d150 * d400))
x = d150 * d150 + 1
print("product is right:", x % 1000003, (d300 * d400) % 999983)
# The result block is allocated after both factors' halves: it cannot take the block that was
# freed just before the product started when the first half is of the same size class.
s = d150 + d150
sid = id(s)
del s
r = d150 * (d150 + 1)
print("product reuses a just-freed block:", id(r) == sid)
