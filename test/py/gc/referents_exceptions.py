# gc.get_referents of exceptions: a subclass's own fields first, in CPython's order
# (AttributeError: obj, name; SyntaxError: msg, filename, lineno, offset, end_lineno,
# end_offset, text, ...), then BaseException's dict, args, traceback, cause, context.
# UnicodeError's start and end are C integers: never visited.
import gc

def kinds(o):
    return [type(x).__name__ for x in gc.get_referents(o)]

class C:
    pass

print("StopIteration", kinds(StopIteration(1)))
print("AttributeError", kinds(AttributeError("a", name="n", obj=C)))
print("ImportError", kinds(ImportError("a", name="n", path="p")))
print("ModuleNotFoundError", kinds(ModuleNotFoundError("a", name="n")))
print("OSError", kinds(OSError(1, "s", "f", None, "g")))
print("FileNotFoundError", kinds(FileNotFoundError(2, "s")))
print("SyntaxError", kinds(SyntaxError("m", ("f", 1, 2, "t", 1, 3))))
print("UnicodeDecodeError", kinds(UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad")))
print("SystemExit", kinds(SystemExit(3)))
print("NameError", kinds(NameError("x", name="y")))

class E(Exception):
    pass

e = E(1)
e.extra = 2
print("subclass with a __dict__", kinds(e))
try:
    try:
        1 / 0
    except Exception as ex:
        raise KeyError(1) from ex
except KeyError as ex2:
    k = ex2
print("chained", kinds(k))
