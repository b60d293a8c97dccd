# Numeric literal forms: binary, octal, hex, underscores, exponent floats, imaginary, and their values.
print(0b1010, 0o17, 0xFF, 0XaB, 1_000_000, 0b_1111_0000, 0x_dead_beef)
print(1e3, 1E-3, 1_0.5e1_0, .5, 5., 0.0, 00, 0_0, 1j, 2.5j, 1e2j, 0j)
print(type(1e3).__name__, type(10 ** 3).__name__, type(3j).__name__, (1 + 2j).real, (1 + 2j).imag)
print((1 + 2j) * (3 - 1j), (1 + 2j).conjugate(), abs(3 + 4j), complex("1+2j"), complex(1, -0.0))
print(1j ** 2, (2 + 0j) == 2, 1e309, -1e309, 123456789 * 987654321, 0xFFFFFFFFFFFFFFFFFFFF)
print(True + True, True * 10, False - 1, 3 / True, -True, ~True)
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (7).conjugate())
