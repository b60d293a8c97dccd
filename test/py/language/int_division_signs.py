# Floor division and modulo follow the sign of the divisor; divmod, float versions, math.fmod contrast.
import math

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]:
    print("%3d // %2d = %3d   %3d %% %2d = %3d   divmod = %s" % (a, b, a // b, a, b, a % b, divmod(a, b)))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2), math.fmod(-7.5, 2))
print(-1 % 10, -0.0 % 1, 1e-20 % -1, 5 % float("inf"), -5 % float("inf"))
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 1 // 1.0, type(1 // 1.0).__name__)
print(int(-3.7), int(3.7), round(-3.5), round(-2.5), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5))
print((10 ** 30) // 7, -(10 ** 30) // 7, (10 ** 30) % 7, -(10 ** 30) % 7)
operators = {"/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b}
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op, function in operators.items():
        try:
            function(a, b)
        except ZeroDivisionError as error:
            print("%r %s %r: %s" % (a, op, b, error))
try:
    divmod(1, 0)
except ZeroDivisionError as error:
    print("divmod:", error)
