import sys
print(int(), int(7), int(-7.9), int("  42 "), int("-0x1f", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int(" 1_000 "), int("١٢٣"), int(b"12"), int(bytearray(b"7"), 8), int(True))
print(float(), float(3), float("1.5"), float(" -1e-3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"), float(b"2.5"), float(True), float("١٫٥".replace("٫", ".")))
for expr in ["int('x')", "int('')", "int('1.5')", "int('12', 1)", "int('12', 37)", "int(12, 10)", "int([])", "int(None)", "int('0x', 16)", "int('010', 0)", "int('0_1')", "int('_1')", "int('1__2')", "int(float('nan'))", "int(float('inf'))", "int(base=2)", "int(b'\\xff')", "float('x')", "float('')", "float([])", "float('1e')", "float(b'x')", "float('0x10')", "int('9' * 5000)", "float(x=1)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2**100).bit_length(), (255).bit_count(), (-255).bit_count(), (5).conjugate(), (7).as_integer_ratio(), True.as_integer_ratio())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True), (5).to_bytes(), int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff", "little", signed=True), int.from_bytes([1, 0]), int.from_bytes(b"\x01\x00", byteorder="little"))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), (17).__round__(-1), (15).__trunc__(), (15).__floor__(), (15).__ceil__(), (5).real, (5).imag, (5).numerator, (5).denominator, True.real, type(True.numerator).__name__)
print((2.5).is_integer(), (2.0).is_integer(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1.0).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0X.8"), float.fromhex("inf"), (2.5).conjugate(), (2.5).real, (2.5).imag)
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1.5, 0), round(15.0, -1), round(25.0, -1), round(1e300, 2), round(-1e-300, 2), round(float("inf"), 2), (2.7).__trunc__(), (-2.7).__floor__(), (-2.7).__ceil__())
print(format(1234567, ","), format(255, "#06x"), format(-5, "+05d"), format(3.14159, ".2e"), format(0.5, "%"), format(1e100, "g"), format(True), format(True, "d"), format(5, ""), format(2.5), format(2.5, "<6"), "{:_b}".format(1024))
print(float.__getformat__("double"), sys.getsizeof(0), sys.getsizeof(2**60), (2**60).__sizeof__(), (0).__sizeof__(), (1.5).__sizeof__())
for expr in ["(1).to_bytes(1, 'middle')", "(300).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(1).to_bytes(-1, 'big')", "(1).to_bytes(2, 'big', True)", "int.from_bytes('ab', 'big')", "(5).__round__(1.5)", "round(float('nan'))", "round(float('inf'))", "(1.5).__round__('x')", "float.fromhex('0x1p99999')", "float.fromhex('zz')", "float.fromhex(5)", "(float('nan')).as_integer_ratio()", "(float('inf')).as_integer_ratio()", "format(1, 'x,')", "format(1.5, 'd')", "format(2**2000, 'f')"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
class I(int): pass
class F(float): pass
i = I(5)
f = F(2.5)
print(type(i).__name__, i, i + 1, type(i + 1).__name__, int(i), type(int(i)).__name__, I("12", 3), F("1.5"), type(F(2)).__name__, f.real, type(f.real).__name__, F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__, I.from_bytes(b"\x02", "big"), type(I.from_bytes(b"\x02", "big")).__name__)
