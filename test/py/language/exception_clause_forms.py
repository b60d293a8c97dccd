# Every except clause form: class, tuple, base class, bare, ordering; the `as` name is deleted afterwards.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as error:
        return "lookup tuple: " + type(error).__name__
    except ArithmeticError as error:
        return "arithmetic base: " + type(error).__name__
    except ValueError:
        return "value"
    except Exception as error:
        return "generic: " + type(error).__name__
    except:
        return "bare except"


for exc in (KeyError("k"), IndexError, ZeroDivisionError(), OverflowError, ValueError,
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), TypeError, KeyboardInterrupt()):
    print(classify(exc))
try:
    raise RuntimeError("gone")
except RuntimeError as err:
    pass
try:
    err
except NameError as error:
    print("NameError:", error)
err = "rebound"
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in globals())
classes = (LookupError, ArithmeticError)
try:
    {}["missing"]
except classes as error:
    print("caught via a tuple in a variable:", repr(error))
