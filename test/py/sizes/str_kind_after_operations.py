# A str's size follows its widest character: slices, joins and case changes can narrow or widen the kind.
import sys

wide = "abc😀"
narrow_slice = wide[:3]
print("UCS-4 string:", sys.getsizeof(wide), " its ASCII slice:", sys.getsizeof(narrow_slice), sys.getsizeof("abc"))
latin = "café"
print("latin-1:", sys.getsizeof(latin), " ASCII slice of it:", sys.getsizeof(latin[:3]), " latin-1 char:", sys.getsizeof(latin[3]))
bmp = "x€"
print("UCS-2:", sys.getsizeof(bmp), " ASCII char from it:", sys.getsizeof(bmp[0]), " the € char:", sys.getsizeof(bmp[1]))
print("join ASCII + UCS-2:", sys.getsizeof("".join(["ab", "€"])), " concat ASCII + UCS-4:", sys.getsizeof("ab" + "😀"))
print("upper() of 'straße' (ß -> SS):", "straße".upper(), sys.getsizeof("straße"), sys.getsizeof("straße".upper()))
print("replace € with E narrows:", sys.getsizeof("a€b".replace("€", "E")), sys.getsizeof("aEb"))
for n in (0, 1, 2, 7, 8, 15, 16, 100):
    print("len %3d: ascii %4d  latin-1 %4d  ucs-2 %4d  ucs-4 %4d" % (
        n, sys.getsizeof("a" * n), sys.getsizeof("é" * n), sys.getsizeof("€" * n), sys.getsizeof("😀" * n)))
print("str(12345):", sys.getsizeof(str(12345)), " repr of a float:", sys.getsizeof(repr(0.1)), " f-string:", sys.getsizeof(f"{1}{'é'}"))
