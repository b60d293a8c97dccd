tests = [
    '"é".encode("ascii")',
    '"aéé€b".encode("ascii")',
    '"€".encode("latin-1")',
    '"a\\udfff\\ud800z".encode("utf-8")',
    '"😀".encode("latin-1")',
    'b"\\xff".decode()',
    'b"a\\xc3".decode("utf-8")',
    'b"\\xe2\\x82".decode()',
    'b"\\xe2\\x28\\xa1".decode()',
    'b"\\xf4\\x90\\x80\\x80".decode()',
    'b"\\xc0\\xaf".decode()',
    'b"\\x80\\x81".decode("ascii")',
    '"x".encode("rot13")',
    '"é".encode("ascii", "bogus")',
    '"e".encode("ascii", "bogus")',
    'b"\\xff".decode("utf-8", "bogus")',
    'b"\\x00\\xd8".decode("utf-16-le")',
    'b"a".decode("utf-16")',
    '"\\udc80".encode("ascii", "surrogateescape")',
    '"\\ud800".encode("ascii", "surrogateescape")',
    'str(b"\\xff", "ascii")',
    'str("x", "ascii")',
    'str(5, "ascii")',
]
for t in tests:
    try:
        print(repr(eval(t)))
    except UnicodeError as e:
        print(type(e).__name__, e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)
print("UTF8 name variants", "é".encode("UTF8"), "é".encode("utf_8"), "é".encode("Latin1"), "é".encode("ISO-8859-1"), "e".encode("US-ASCII"), "é".encode("L1"), "é".encode("utf16")[:2])
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "latin-1"]:
    s = "aé€😀" if enc != "latin-1" else "aé"
    data = s.encode(enc)
    print(enc, data, data.decode(enc) == s)
print(b"\xff\xfe".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"ab\xff".decode("ascii", "ignore"), b"ab\xff".decode("latin-1"))
