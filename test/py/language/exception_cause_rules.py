# Rules for causes: `from` a class instantiates it, non-exceptions are rejected, no self-context on re-raise.
try:
    raise RuntimeError("x") from KeyError
except RuntimeError as error:
    print("cause made from a class:", repr(error.__cause__), type(error.__cause__).__name__)
try:
    raise ValueError from 5
except TypeError as error:
    print("TypeError:", error)
try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise first
        except KeyError as again:
            print("re-raising the handled exception is not its own context:", again.__context__)
except KeyError:
    pass
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as outer:
    print("cause and context are the same object:", outer.__cause__ is outer.__context__)
