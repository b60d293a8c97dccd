# Arbitrary-precision ints: huge products, shifts, bit operations, conversions and their limits.
import sys

f = 1
for i in range(1, 31):
    f *= i
print(f, f.bit_length(), len(str(f)))
print(2 ** 100, -(2 ** 100), 2 ** 100 - 1 == (1 << 100) - 1, (2 ** 100) >> 90, -(2 ** 100) >> 99)
print((2 ** 64) * (2 ** 64) == 2 ** 128, (3 ** 50) % (10 ** 9), 10 ** 20 // 3 ** 10)
print(hex(2 ** 70), bin(-5), oct(2 ** 20), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(-1 & 0xFF, ~0, ~(2 ** 65), (2 ** 70) ^ (2 ** 70 - 1), -17 >> 2, -17 << 2)
print(int("1" * 50) % 97, int("-" + "9" * 30) + 1, abs(-(10 ** 25)))
print((-7).bit_length(), (0).bit_length(), (2 ** 64).bit_count(), (255).bit_count())
try:
    1 << -1
except ValueError as error:
    print("ValueError:", error)
try:
    str(10 ** 5000)
except ValueError as error:
    print("ValueError:", error)
print(sys.get_int_max_str_digits(), len(str(10 ** 4299)))
try:
    int("9" * 4301)
except ValueError as error:
    print("ValueError:", error)
try:
    (2 ** 70).to_bytes(2, "big")
except OverflowError as error:
    print("OverflowError:", error)
