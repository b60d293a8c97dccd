# The block an int result gets is what the arithmetic allocated, not the digits the result ends up
# with: x_add asks for one digit more than the longer operand, x_sub for the digits of the longer
# one (or up to the highest differing digit), x_mul for the sum of both operands' digits; two
# one-digit operands give an exact-size result. tracemalloc shows the requested sizes.
import tracemalloc

big = 2 ** 40          # two 30-bit digits
other = 2 ** 70        # three digits
neg = -(2 ** 45)


def traced(f):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    size = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return size, r.bit_length()


print("medium + medium:", traced(lambda: 2 ** 29 + 2 ** 29))
print("big + 1:", traced(lambda: big + 1))
print("big - 1:", traced(lambda: big - 1))
print("big + neg:", traced(lambda: big + neg))
print("big - neg:", traced(lambda: big - neg))
print("other - big:", traced(lambda: other - big))
print("other - (other - 5):", traced(lambda: other - (other - 5)))
print("big * 3:", traced(lambda: big * 3))
print("big * big:", traced(lambda: big * big))
print("other * other:", traced(lambda: other * other))
print("-big - 1:", traced(lambda: -big - 1))
