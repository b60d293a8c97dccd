# contextlib: @contextmanager's handling of exceptions thrown into the generator, ExitStack's
# last-in first-out callbacks and exception chaining, suppress, redirect_stdout, closing,
# nullcontext, ContextDecorator and the abstract context-manager classes.
import contextlib
import sys


@contextlib.contextmanager
def tag(name):
    print("  <%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled inside", repr(e))
    finally:
        print("  </%s>" % name)


with tag("a") as value:
    print("  body sees", value)
with tag("b"):
    raise KeyError("swallowed")
try:
    with tag("c"):
        raise ValueError("passes through")
except ValueError as e:
    frames, tb = 0, e.__traceback__
    while tb is not None:
        frames, tb = frames + 1, tb.tb_next
    print("caught", e, "traceback frames:", frames)


@tag("decorated")
def work(x):
    print("  working on", x)
    return x * 2


print("decorator result:", work(21), work.__name__)


@contextlib.contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")


try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print("converted:", e, type(e.__context__).__name__)


@contextlib.contextmanager
def gives_up():
    yield
    print("  never reached")


for cm in (gives_up,):
    try:
        with cm():
            raise StopIteration("inner stop")
    except StopIteration as e:
        print("StopIteration passes:", e)


def log(name):
    return lambda *exc: print("  exit", name, exc[0].__name__ if exc[0] else None)


with contextlib.ExitStack() as stack:
    stack.callback(print, "  callback 1")
    stack.push(log("pushed"))
    stack.enter_context(tag("entered"))
    stack.callback(print, "  callback 2")
print("all unwound")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: {}["first"])
        stack.callback(lambda: [][0])
        raise RuntimeError("body")
except KeyError as e:
    chain = []
    err = e
    while err is not None:
        chain.append(type(err).__name__)
        err = err.__context__
    print("chained:", chain)
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise OSError("suppressed by a callback")
print("after suppression")
stack = contextlib.ExitStack()
stack.callback(print, "  moved callback")
moved = stack.pop_all()
stack.close()
print("closing the moved stack:")
moved.close()
try:
    contextlib.ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed", contextlib.suppress(KeyError).__exit__(None, None, None))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Sink()
with contextlib.redirect_stdout(sink) as target:
    print("captured", target is sink)
with contextlib.redirect_stderr(sink):
    print("to stderr", file=sys.stderr)
print(sink.parts)


class Resource:
    def close(self):
        print("  closed")


with contextlib.closing(Resource()) as r:
    print("  using", type(r).__name__)
with contextlib.nullcontext(5) as five:
    print("null context gives", five)
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager),
      issubclass(Resource, contextlib.AbstractContextManager), issubclass(Sink, contextlib.AbstractContextManager),
      issubclass(type(tag("x")), contextlib.ContextDecorator), contextlib.AbstractContextManager[int])
