# An int is 24 bytes of header plus 4 bytes per 30-bit digit (zero still takes one digit); the sign costs nothing.
import sys

for bits in [0, 1, 29, 30, 59, 60, 89, 90, 119, 120, 300]:
    n = 2 ** bits
    print("2**%-3d %4d   -(2**%d) %4d   2**%d - 1 %4d" % (bits, sys.getsizeof(n), bits, sys.getsizeof(-n), bits, sys.getsizeof(n - 1)))
print("True, False:", sys.getsizeof(True), sys.getsizeof(False))
print("10**100:", sys.getsizeof(10 ** 100), " int.__basicsize__/__itemsize__:", int.__basicsize__, int.__itemsize__)
