# bytes literals and repr, indexing gives ints, encode/decode with errors, bytearray mutation.
b = b"Hello\x00\xff\n'\""
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), bytes([72, 105]), bytes(3), bytes("é", "utf-8"))
print(b"abc".hex(), bytes.fromhex("68 69"), b"a,b".split(b","), b"x" * 3, b"ab" + b"cd", b"a" in b"cat", 97 in b"cat")
print("café".encode(), "café".encode("latin-1"), b"caf\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"))
print("naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"), "€".encode("utf-16-le"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, ba.pop(), ba.upper(), bytes(ba), ba.find(b"c"), ba.replace(b"b", b"BB"))
errors = [
    lambda: b"\xff".decode(),
    lambda: "é".encode("ascii"),
    lambda: b"a" + "b",
    lambda: ba.__setitem__(0, 256),
    lambda: bytes([300]),
    lambda: b"x"[0].__len__(),
]
for call in errors:
    try:
        call()
    except (ValueError, TypeError, UnicodeError, AttributeError) as error:
        print(type(error).__name__, error)
print(repr(b"\t\r\x7f\x80"), str(b"x"), bytes(b"abc") == bytearray(b"abc"), b"abc" < b"abd")
