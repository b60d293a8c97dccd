import sys
class S(str):
    pass
class B(bytes):
    pass
s = S("abc")
print(type(s).__name__, s, repr(s), len(s), s.upper(), type(s.upper()).__name__, type(s[:]).__name__, type(s + "").__name__, type(str(s)).__name__, s == "abc", hash(s) == hash("abc"))
print(sys.getsizeof(s), s.__sizeof__(), sys.getsizeof(S("é")), sys.getsizeof(S("")), S.__basicsize__, str.__basicsize__, str.__itemsize__)
b = B(b"xy")
print(type(b).__name__, b, len(b), b[0], type(b[:]).__name__, b == b"xy", sys.getsizeof(b), b.__sizeof__(), bytes.__basicsize__, bytes.__itemsize__, B.__basicsize__)
print(type(S.__new__(S, 5)).__name__, S(b"ab", "ascii"), S(), type(S()).__name__, "x".join([S("a")]) , type("x".join([S("a")])).__name__, type("".join([S("a")])).__name__)
for v in ["", "a", "ab", "é", "€", "😀", "a" * 100, "é" * 10]:
    print(repr(v)[:10], sys.getsizeof(v), v.__sizeof__())
for v in [b"", b"a", b"abc", bytes(100), bytearray(), bytearray(b"abc"), bytearray(10), 1j, 1.5, 0, 1, 2 ** 30, 2 ** 60, -2 ** 100]:
    print(repr(v)[:12], sys.getsizeof(v))
class Str2(str):
    def __str__(self):
        return "custom"
t = Str2("real")
print(str(t), format(t), "{}".format(t), f"{t}", "%s" % t, t.__format__(""), format(t, "s"), repr(t))
print(isinstance(s, str), issubclass(S, str), S("x") + S("y"), type(S("x") + S("y")).__name__, S("ab") * 2, type(S("ab") * 2).__name__)
