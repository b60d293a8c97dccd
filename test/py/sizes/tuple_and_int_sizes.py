# Tuples cost 40 + 8 per item however they are built; ints add 4 bytes per 30-bit digit, sign aside.
import sys

print("tuple sizes 0..8:", [sys.getsizeof(tuple(range(n))) for n in range(9)])
print("from a generator of 5:", sys.getsizeof(tuple(x for x in range(5))), " literal of 5:", sys.getsizeof((1, 2, 3, 4, 5)))
print("t + t of 3:", sys.getsizeof((1, 2, 3) + (4, 5, 6)), " t * 3 of 2:", sys.getsizeof((1, 2) * 3))
print("tuple(list of 1000):", sys.getsizeof(tuple([0] * 1000)))
digits = []
for decimal_digits in range(0, 60, 3):
    value = 10 ** decimal_digits
    digits.append((decimal_digits + 1, sys.getsizeof(value), sys.getsizeof(-value)))
print("(decimal digits, size, size of negative):", digits)
print("computed zero:", sys.getsizeof(5 - 5), " big minus big:", sys.getsizeof(2 ** 100 - 2 ** 100), " 2**100 // 2**99:", sys.getsizeof(2 ** 100 // 2 ** 99))
print("bools:", sys.getsizeof(True), sys.getsizeof(False), " int(True):", sys.getsizeof(int(True)))
print("2**30 - 1 and 2**30:", sys.getsizeof(2 ** 30 - 1), sys.getsizeof(2 ** 30), " -(2**30):", sys.getsizeof(-(2 ** 30)))
