# chr/ord/hex/bin/oct/format/int(x, base)/str/bool conversions and their error messages.
print(chr(65), chr(0x20AC), chr(128512), ord("a"), ord("€"), ord("\n"), ascii("naïve €"))
print(hex(255), hex(-255), bin(10), oct(64), format(255, "x"), format(255, "#010b"), format(3.5, "e"))
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int(" 42\n"), int("1_000"))
print(int("-12"), int(3.99), int(True), int("+7"), float("1_0.5"), str(b"x"), bool("False"), bool(0.0))
print(int("٣"), float("١.٥"), int.__name__, str(12345678901234567890), repr(1e100))
errors = [
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: int("x"),
    lambda: int("12", 2),
    lambda: int("5", 1),
    lambda: int(""),
    lambda: int(None),
    lambda: int("0x1f"),
    lambda: hex(1.5),
    lambda: float("abc"),
]
for call in errors:
    try:
        call()
    except (ValueError, TypeError, OverflowError) as error:
        print(type(error).__name__, error)
