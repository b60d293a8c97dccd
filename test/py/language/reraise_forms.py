# Bare raise re-raises the exception being handled; sys.exc_info() follows nested handlers.
import sys

def handle():
    try:
        int("x")
    except ValueError:
        print("  handling:", sys.exc_info()[0].__name__)
        raise

try:
    handle()
except ValueError as error:
    print("re-raised:", error)

try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            print("  innermost:", repr(sys.exc_info()[1]))
        print("  back in outer handler:", repr(sys.exc_info()[1]))
        raise
except KeyError as error:
    print("bare raise after a nested handler re-raises:", repr(error))
print("outside any handler:", sys.exc_info())
try:
    raise
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    try:
        1 / 0
    except ZeroDivisionError as error:
        raise error
except ZeroDivisionError as error:
    print("raise error:", repr(error), error.__context__)
