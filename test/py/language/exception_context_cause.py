# __context__ is set automatically, __cause__ by `from`; `from` sets __suppress_context__; attributes are writable.
def raise_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")

try:
    raise_in_finally()
except ValueError as error:
    print(repr(error), repr(error.__context__), error.__cause__, error.__suppress_context__)

try:
    raise RuntimeError("x") from KeyError("cause")
except RuntimeError as error:
    print(repr(error.__cause__), error.__context__, error.__suppress_context__)

try:
    try:
        raise TypeError("ctx")
    except TypeError:
        raise RuntimeError("y") from None
except RuntimeError as error:
    print(error.__cause__, repr(error.__context__), error.__suppress_context__)

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
