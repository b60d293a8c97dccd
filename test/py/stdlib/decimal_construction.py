# decimal.Decimal construction: exact from str, int, float and tuple; str/repr/as_tuple; bad input.
from decimal import Decimal, InvalidOperation

for text in ["1.10", "-0", "1e3", "  12_345.6789  ", ".5", "5.", "0.000001", "0.0000001", "123E+5",
             "-Infinity", "nan", "-sNaN0012", "1234567890123456789012345678901234567890"]:
    d = Decimal(text)
    print(repr(text), str(d), repr(d), d.as_tuple())
print(Decimal(), Decimal(42), Decimal(-10 ** 30), Decimal(True), Decimal(0.1), Decimal(-0.0), Decimal(2.5))
print(Decimal((0, (1, 4, 1), -2)), Decimal((1, (), "F")), Decimal([0, [3], 2]), Decimal.from_float(0.25))
print(Decimal("1.5") is Decimal("1.5"), Decimal(Decimal("7.25")), Decimal("1e-7").to_eng_string())
for bad in ["abc", "1e", "1 2", "", None, 1 + 2j, (0, (10,), 1), (2, (1,), 0), (0, (1,))]:
    try:
        Decimal(bad)
    except (InvalidOperation, TypeError, ValueError) as error:
        print(type(error).__name__, error)
