# Float repr is the shortest round-tripping string; round() uses banker's rounding on the exact binary value.
values = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.000123,
          1.5e300 * 1e10, -0.0, 100.0, 2.5, float("nan"), 3.0e-320, 1.7976931348623157e308, 5e-324]
for v in values:
    print(repr(v), str(v))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1.005, 2), round(1234.5, -2))
print(round(3.14159, 3), round(7, -1), round(15, -1), round(25, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e308 * 10, -1e308 * 10, float("inf") - float("inf"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(int(1e20), float(2 ** 53 + 1), float("  -1.5e3 "), float("inf"), float("-Infinity"), float(" nan "))
print(1e22, 1e21, 1e-7, 12345678901234567890.0, 0.30000000000000004)
try:
    float("1.2.3")
except ValueError as error:
    print("ValueError:", error)
try:
    int(float("inf"))
except OverflowError as error:
    print("OverflowError:", error)
try:
    2.0 ** 10000
except OverflowError as error:
    print("OverflowError:", error)
