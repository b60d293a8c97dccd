# An exception is referenced by its `as` name and the handled-exception state; the name goes when the handler ends.
import sys

saved = []


def show(label, exc):
    # minus this function's parameter and getrefcount's own argument
    print(label, sys.getrefcount(exc) - 2)


err = ValueError("kept outside")
show("before raising (err):", err)
try:
    raise err
except ValueError as e:
    show("inside the handler (err, e, the handled exception):", err)
    saved.append(e)
show("after the handler (err, saved[0]):", err)
print("e is gone:", "e" not in globals())
try:
    raise err
except ValueError:
    show("handler without a name (err, saved[0], the handled exception):", err)
show("after it:", err)
try:
    try:
        raise err
    finally:
        show("in finally while it propagates (err, saved[0], two in the frame):", err)
except ValueError:
    pass
show("caught again and released:", err)
err.__traceback__ = None
