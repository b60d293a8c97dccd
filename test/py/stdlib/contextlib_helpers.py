# contextlib: @contextmanager (setup, teardown, exceptions), suppress, nullcontext, ExitStack, closing.
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing

@contextmanager
def tag(name):
    print("  <%s>" % name)
    try:
        yield name.upper()
    except KeyError as error:
        print("  handled inside the generator:", repr(error))
    finally:
        print("  </%s>" % name)

with tag("a") as value:
    print("  body with", value)
with tag("b"):
    raise KeyError("swallowed by the handler in the generator")
try:
    with tag("c"):
        raise ValueError("propagates")
except ValueError as error:
    print("caught:", error)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
print("after suppress")
with nullcontext(42) as n:
    print("nullcontext gives", n)
with ExitStack() as stack:
    for name in "xyz":
        stack.enter_context(tag(name))
    stack.callback(print, "  callback registered last, runs first")
    print("  inside ExitStack")

class Resource:
    def close(self):
        print("  Resource.close()")

with closing(Resource()):
    print("  using resource")
