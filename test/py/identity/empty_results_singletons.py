# Operations that produce an empty str, tuple or bytes return the shared empty object.
empty_str = str()
empty_tuple = tuple()
empty_bytes = bytes()
text = "abc"
none = ()
one = (1,)
results = [
    ("'abc'[3:]", text[3:] is empty_str),
    ("'   '.strip()", "   ".strip() is empty_str),
    ("'abc'.replace('abc', '')", text.replace("abc", "") is empty_str),
    ("''.join([])", "".join([]) is empty_str),
    ("'abc' * 0", text * 0 is empty_str),
    ("str(b'', 'ascii')", str(b"", "ascii") is empty_str),
    ("''.upper()", "".upper() is empty_str),
    ("'%s' % ''", "%s" % "" is empty_str),
    ("format('', '')", format("", "") is empty_str),
    ("tuple(x for x in [])", tuple(x for x in []) is empty_tuple),
    ("(1, 2)[5:]", (1, 2)[5:] is empty_tuple),
    ("() * 5", none * 5 is empty_tuple),
    ("(1,) * 0", one * 0 is empty_tuple),
    ("tuple of an empty dict", tuple({}) is empty_tuple),
    ("b'abc'[3:]", b"abc"[3:] is empty_bytes),
    ("bytes([])", bytes([]) is empty_bytes),
    ("''.encode()", "".encode() is empty_bytes),
    ("b''.join([])", b"".join([]) is empty_bytes),
    ("bytearray() twice", bytearray() is bytearray()),
    ("[] twice", [] is []),
]
for label, ok in results:
    print("%-26s %s" % (label, ok))
