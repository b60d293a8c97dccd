import sys
z = 1 + 2j
print(z, -z, +z, abs(3 + 4j), z.real, z.imag, z.conjugate(), z * z, z / (1 - 1j), z + 1, 1 - z, 2.5 * z, z ** 2, z ** -1, z ** 0.5)
print(1j, -1j, 0j, -0j, complex(-0.0, -0.0), complex(0, -0.0), complex(1e300, -1e-300), complex(float("inf"), float("nan")), complex(2, 0), 1e16j, 1.5e-7j)
print(complex(), complex(1), complex(1.5, 2), complex("1+2j"), complex(" ( -1.5e3-2J ) "), complex("j"), complex("-inf+nanj"), complex(1j, 2j), complex(real=3), complex(imag=4), complex(True, False))
print(z == 1 + 2j, z != 1, (1 + 0j) == 1, (1 + 0j) == True, 2j == 2, 1e300j == 1e300j, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == 0)
print(bool(0j), bool(1j), z.__getnewargs__(), format(z), format(z, ".3f"), format(z, "^20"), "{:e}".format(1 - 1j), f"{z!r:>10}", sys.getsizeof(z))
print((-8) ** (1 / 3), (-1) ** 0.5, pow(-2.0, 0.5), 2 ** 0.5, (1j) ** (1j), (2 + 3j) ** 10, (1 + 1j) ** 101)
for expr in ["1j < 2j", "1j // 2", "1j % 2", "divmod(1j, 2)", "int(1j)", "float(1j)", "complex('1+')", "complex('1 + 2j')", "complex('')", "complex(None)", "complex('1', 2)", "complex(1, '2')", "(1+1j) / 0", "0j ** -1", "0j ** 1j", "pow(1j, 2, 3)", "complex(1e400)", "(1e200+1e200j) ** 2", "abs(complex(1e308, 1e308))", "complex('1__2j')", "complex(1, [])"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
class C(complex):
    pass
c = C(1, 2)
print(type(c).__name__, c, type(+c).__name__, type(c + 1).__name__, complex(c), type(complex(c)).__name__, c == 1 + 2j)
