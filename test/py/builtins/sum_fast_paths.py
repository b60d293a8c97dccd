# sum() keeps its running total in a C long, then a C double, while the items allow it
# (bltinmodule.c builtin_sum_impl): no int or float objects are made for the partial sums.
import sys
import tracemalloc


class MyInt(int):
    def __add__(self, other):
        print("MyInt.__add__", int(self), other)
        return int(self) + other

    __radd__ = __add__


def peak_of(f):
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    return r, peak


# Floats freed here are in the float free list when the measurements below make floats.
spare = [i * 0.5 for i in range(10)]
del spare
print(sum(range(1000, 3000)), sum([True, False, True, 5]))
print(peak_of(lambda: sum(range(10**6, 10**6 + 500))))
print(peak_of(lambda: sum([1.5] * 300)))
print(peak_of(lambda: sum([10**6] * 300, 0.25)))
# A C long overflows past 2**63 - 1: the rest is added as objects.
big = 2**62
print(sum([big, big, big, -big]), sum([big, big - 1, 1]), sum([-big, -big, -1]), sum([2**63, 1]))
print(sum([2**64, 1.5]), sum([1, 2.5, 3, 2**70]), sum([1.0, 2**53 + 1, 1]), sum([0.1] * 10))
# Items that are not exact ints or floats leave the fast path where they appear.
print(sum([1, 2, MyInt(3), 4]))
print(sum([1.5, MyInt(2), 1]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1, 2], 0.5), sum([], 7), sum([], 2.5))
from fractions import Fraction
print(sum([1, Fraction(1, 3), 2, 0.5]))
for bad in [(5, 'x'), ('ab', ''), ([b'a'], b''), ([1], bytearray())]:
    try:
        sum(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum([1, 2, 'x', 4])
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    yield 2
    raise KeyError("inside")
try:
    sum(gen())
except KeyError as e:
    print("KeyError:", e)
x = 1000
print(sys.getrefcount(x), sum([x, x, x]), sys.getrefcount(x))
print(sum(iter([1, 2, 3]), start=10))
