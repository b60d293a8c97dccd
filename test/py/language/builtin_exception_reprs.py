# str() and repr() of built-in exceptions with their special cases.
samples = [
    KeyError("k"), KeyError(("a", 1)), KeyError(), KeyError(1, 2),
    IndexError("list index out of range"), StopIteration(5), StopIteration(),
    SystemExit(3), SystemExit(), OSError(2, "No such file"), OSError("plain"),
    FileNotFoundError(2, "No such file or directory", "missing.txt"),
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"),
    UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)"),
    ValueError(""), ValueError(None), AttributeError("a", "b"),
]
for e in samples:
    print("%-40s | %s" % (repr(e), str(e)))
err = FileNotFoundError(2, "No such file or directory", "missing.txt")
print(err.errno, err.strerror, err.filename, type(err).__mro__[1].__name__)
print(OSError(2, "x").__class__.__name__, type(OSError(2, "x")).__name__)
print(StopIteration(5).value, SystemExit(3).code, KeyError("k").args)
print(repr(BaseExceptionGroup("msg", [ValueError(1)])), ExceptionGroup("eg", [KeyError(2)]).exceptions)
