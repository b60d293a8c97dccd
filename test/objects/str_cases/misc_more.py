class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a}-{b}".format_map(D(a=1)), "%(a)s-%(zz)s" % D(a=2))
class M:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError(k)
print("abc".translate(M()), "ab".translate({97: None, 98: 120}))
class Pt:
    x = 3
    items = [10, 20]
    d = {"k": "v"}
print("{0.x} {0.items[1]} {0.d[k]} {p.x!r:>4}".format(Pt(), p=Pt()))
print("{:{w}.{p}}".format("abcdef", w=5, p=3), "{:<{}}|".format("x", 4), "{0:>{1}}".format(7, 3))
print(str(b"x"), str(1.0), str(-0.0), str(1e-5), str(123456789012345678901234567890), str(True), str(None), str(...), str(NotImplemented))
print(repr(1.1), repr(0.1 + 0.2), repr(1e22), repr(1e-7), repr(float("-inf")), repr(2.5e-310))
print("é".encode(), "é".encode(encoding="latin-1"), b"\xe9".decode(errors="replace"), b"\xe9".decode("latin1", errors="strict"))
print(int.from_bytes([255, 1], "little"), int.from_bytes(bytearray(b"\x01"), "big"), (65).to_bytes(1, "big").decode())
print(bool(""), bool("a"), bool(b""), bool(bytearray(b"\x00")), len(b""), len(bytearray(3)))
print(min("bca"), max(b"abc"), sorted(b"cab"), sorted("cab", reverse=True), "b" in "abc", "" in "abc")
print("a" "b" 'c', f"{'q'!r}", f"{3!s:>3}", f"{'x' * 3}", f"{1+1=}", f"{'a'!a}", f"{{}}")
print(str.upper("ab"), str.join(",", "ab"), bytes.hex(b"\x01"), complex.conjugate(1j), int.bit_length(8), float.hex(1.0))
print(type("abc".__iter__()).__name__, type("é".__iter__()).__name__, type(b"".__iter__()).__name__, type(bytearray().__iter__()).__name__)
s = "abc"
print(s.__len__(), s.__hash__() == hash(s), s.__contains__("b"), s.__getitem__(slice(0, 2)), s.__eq__(1), s.__lt__("abd"), s.__ne__("abc"))
print("\N{GREEK SMALL LETTER ALPHA}".upper() if False else "", "ΑΒΓ".lower(), "straße".upper(), "ǈ".swapcase(), "ǈ".title(), "ǉ".capitalize())
