# int ** and pow(a, b, m) allocate what CPython's long_pow allocates: every intermediate
# product is a long_mul result (the previous one released after it), reduced by l_mod when
# there is a modulus. Exponents up to 3 take one or two products, exponents of up to two
# digits the left-to-right binary loop, larger ones the 5-ary window with its table of 16 odd
# powers. A negative modulus is copied and negated; a negative exponent is copied and negated
# and the base replaced by its inverse (long_invmod); a base that is negative or longer than
# the modulus is reduced first.
import sys
import tracemalloc

medium = 2 ** 29 + 3
two = 2 ** 40 + 9
mod = 10 ** 30 + 7
big = 10 ** 50 + 3


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


print("-- small exponents")
print("7 ** 0:", traced(lambda: 7 ** 0))
print("7 ** 1:", traced(lambda: 7 ** 1))
print("7 ** 2:", traced(lambda: 7 ** 2))
print("3 ** 3:", traced(lambda: 3 ** 3))
print("medium ** 2:", traced(lambda: medium ** 2))
print("medium ** 3:", traced(lambda: medium ** 3))
print("two ** 3:", traced(lambda: two ** 3))
print("True ** 1:", traced(lambda: True ** 1), type(True ** 1).__name__)
print("-- binary loop")
print("2 ** 10:", traced(lambda: 2 ** 10))
print("3 ** 20:", traced(lambda: 3 ** 20))
print("(-3) ** 21:", traced(lambda: (-3) ** 21))
print("7 ** 100:", traced(lambda: 7 ** 100))
print("2 ** 1000:", traced(lambda: 2 ** 1000))
print("two ** 50:", traced(lambda: two ** 50))
print("1 ** (2 ** 70):", traced(lambda: 1 ** (2 ** 70)))
print("(-1) ** (2 ** 70 + 1):", traced(lambda: (-1) ** (2 ** 70 + 1)))
print("0 ** 5:", traced(lambda: 0 ** 5))
print("2 ** -2:", traced(lambda: 2 ** -2))
print("-- modular")
print("pow(3, 5, 7):", traced(lambda: pow(3, 5, 7)))
print("pow(3, 5, 1):", traced(lambda: pow(3, 5, 1)))
print("pow(3, 5, -1):", traced(lambda: pow(3, 5, -1)))
print("pow(3, 5, -1000):", traced(lambda: pow(3, 5, -1000)))
print("pow(3, 5, -mod):", traced(lambda: pow(3, 5, -mod)))
print("pow(big, 1, mod):", traced(lambda: pow(big, 1, mod)))
print("pow(big, 2, mod):", traced(lambda: pow(big, 2, mod)))
print("pow(-big, 3, mod):", traced(lambda: pow(-big, 3, mod)))
print("pow(big, 12345, mod):", traced(lambda: pow(big, 12345, mod)))
print("pow(two, 10**12, mod):", traced(lambda: pow(two, 10 ** 12, mod)))
print("pow(big, 2**70 + 5, mod):", traced(lambda: pow(big, 2 ** 70 + 5, mod)))
print("pow(medium, 2**61, 1000003):", traced(lambda: pow(medium, 2 ** 61, 1000003)))
print("pow(3, -1, 7):", traced(lambda: pow(3, -1, 7)))
print("pow(medium, -1, mod):", traced(lambda: pow(medium, -1, mod)))
print("pow(big, -3, mod):", traced(lambda: pow(big, -3, mod)))
print("pow(big, -3, -mod):", traced(lambda: pow(big, -3, -mod)))
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(6, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print("-- blocks")
print("getallocatedblocks 3 ** 200:", blocks(lambda: 3 ** 200))
print("getallocatedblocks pow(big, 2**70 + 5, mod):", blocks(lambda: pow(big, 2 ** 70 + 5, mod)))
print("getallocatedblocks pow(3, 5, -mod):", blocks(lambda: pow(3, 5, -mod)))
print("-- address reuse")
s = two * 5
sid = id(s)
del s
r = two ** 2
print("two ** 2 reuses a just-freed block:", id(r) == sid)
s = two * 5
sid = id(s)
del s
r = 3 ** 30
print("3 ** 30 reuses it:", id(r) == sid)
