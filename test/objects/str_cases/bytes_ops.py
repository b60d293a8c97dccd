# bytes and bytearray
import sys
b = b"Hello, World"
print(b[0], b[-1], b[2:5], b[::2], b[::-1], b[100:], len(b), b"World" in b, 72 in b, b + b"!", b * 2, 2 * b"ab")
print(b < b"Hello", b == b"Hello, World", b != b"x", b.find(b"o"), b.find(111), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.count(108))
print(b.split(), b.split(b","), b.split(b"l", 1), b.rsplit(b"l", 1), b"  a  b ".split(), b"a,b".partition(b","), b"a,b".rpartition(b"x"))
print(b.upper(), b.lower(), b.title(), b.swapcase(), b.capitalize(), b" x ".strip(), b"xxaxx".strip(b"x"), b"abc".lstrip(b"a"), b"abc".rstrip(b"c"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"abc".replace(b"", b"-"), b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace())
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-42".zfill(5), b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b"abc".hex(), b"\x00\xff".hex(), b"abcdef".hex("-", 2), b"abcdef".hex(":", -4), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(b"xy"), bytes(bytearray(b"z")), bytes("é", "utf-8"), bytes("abc", "ascii"), bytes(iter([104, 105])))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\x80b".decode("ascii", "backslashreplace"), b"\xe9".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(repr(b""), repr(b"'"), repr(b"\"'"), repr(b"\x00\t\n\r\x7f\x80\\"), b"x".join([b"a", bytearray(b"b")]), b"".join([]), b"-".join((b"1",)))
tbl = bytes.maketrans(b"ab", b"xy")
print(b"abcab".translate(tbl), b"abc".translate(None, b"b"), len(tbl))
print(b"%s %d %5.2f %x %c %r %a %b" % (b"x", 3, 1.5, 255, 65, b"r", "é", bytearray(b"ba")), b"%(k)s" % {b"k": b"v"}, b"%%")
print(hash(b"abc") == hash(b"abc"), hash(b"") == 0, b"ab".__sizeof__(), sys.getsizeof(b""), sys.getsizeof(b"abc"), list(b"ab"), type(iter(b"")).__name__)
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba.pop(), ba.pop(0), ba, sys.getsizeof(ba), ba.__alloc__())
ba[0] = 66
ba[1:3] = b"XYZ"
del ba[0]
print(ba, ba.find(b"Z"), ba.upper(), ba.decode(), ba.hex(), ba == b"XYZefg", bytearray(b"a") + b"b", b"a" + bytearray(b"b"), ba * 2)
ba2 = bytearray()
sizes = []
for c in b"abcdefghijklmnopqrstuvwxyz":
    ba2.append(c)
    sizes.append(ba2.__alloc__())
print(sizes)
del ba2[:5]
print(ba2, ba2.__alloc__(), sys.getsizeof(ba2))
ba2[::2] = b"0123456789A"
print(ba2)
del ba2[::3]
print(ba2, len(ba2), ba2.__alloc__())
ba2.insert(0, 33)
ba2.insert(-1, 34)
ba2.remove(ord("1"))
ba2.reverse()
print(ba2, ba2.copy(), ba2.count(b"3"), ba2.startswith(b"5"))
ba2.clear()
print(ba2, ba2.__alloc__(), bytearray(5), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)) if False else "", repr(bytearray(b"x'y")))
ba3 = bytearray(b"ab")
ba3 += b"cd"
ba3 *= 2
print(ba3, 99 in ba3, b"cd" in ba3, list(ba3), bytes(ba3), str(ba3))
print(repr(bytearray(b"x'y\"z")), repr(bytearray(b'"')), repr(bytearray(b"a\\b")))
class BA(bytearray): pass
print(repr(BA(b"q")))
