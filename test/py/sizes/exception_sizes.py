# Exceptions are 88 bytes, more for those with extra C fields (OSError, SyntaxError, ImportError, StopIteration...).
import sys

for e in [Exception(), ValueError("x"), KeyError("k"), StopIteration(1), SystemExit(2), NameError("n"),
          AttributeError("a"), ImportError("i"), ModuleNotFoundError("m"), OSError(2, "no"), FileNotFoundError(),
          SyntaxError("s"), IndentationError("i"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    print("%-20s %d" % (type(e).__name__, sys.getsizeof(e)))


class AppError(Exception):
    pass


print("subclass:", sys.getsizeof(AppError()), AppError.__basicsize__)
print("group:", sys.getsizeof(ExceptionGroup("g", [ValueError()])))
