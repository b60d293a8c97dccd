# FOR_ITER over a generator runs the generator's frame in the same eval loop (kernel/vm/ceval.ts,
# CPython 3.12's FOR_ITER_GEN): yields, returns, exceptions, PEP 479, refcounts and frames must be
# what gen_iternext gives.
import sys
import gc


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


print(list(evens(count(10))), sum(v for v in evens(count(100))))

# The generator's state around the loop, and its frame's f_back.
g = count(3)
for x in g:
    print(x, g.gi_running, g.gi_frame.f_lineno, g.gi_frame.f_back is None)
print(g.gi_frame, g.gi_running)


def who_calls():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe(1).f_lineno


def caller():
    for v in who_calls():
        print("f_back:", v)


caller()


# PEP 479: StopIteration raised inside becomes RuntimeError, chained to it.
def stops():
    yield 1
    raise StopIteration("inner")


try:
    for x in stops():
        print("got", x)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))


# An exception leaving the generator: traceback entries of the loop and of the generator.
def fails():
    yield 1
    return 1 / 0


def loop():
    for x in fails():
        pass


try:
    loop()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

# Implicit chaining while handling another exception.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        for x in fails():
            pass
except ZeroDivisionError as e:
    print(repr(e.__context__))


# Handled inside the generator; the loop goes on.
def recovers():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -i


print(list(recovers()))

# Reference counts: the loop holds the generator, the generator its values.
marker = object()


def hold(n):
    for _ in range(n):
        yield marker


base = sys.getrefcount(marker)
for m in hold(3):
    print(sys.getrefcount(marker) - base)
print(sys.getrefcount(marker) - base)
gen = hold(2)
print(sys.getrefcount(gen))
for m in gen:
    print(sys.getrefcount(gen))
del m
print(sys.getrefcount(gen), sys.getrefcount(marker) - base)


# A generator that is already running cannot be resumed by the loop.
def reenter():
    for x in me:
        yield x


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Finished and closed generators end the loop at once.
c = count(2)
print(list(c), list(c))
c = count(5)
next(c)
c.close()
print(list(c))


# Finalizers run when the loop ends the generator, before the loop's next instruction.
class Noisy:
    def __del__(self):
        print("del Noisy")


def with_local():
    n = Noisy()
    yield 1
    yield 2


for x in with_local():
    print("item", x)
print("after loop")


# yield from inside a generator run by the loop; send values from outside.
def delegate():
    r = yield from count(3)
    yield r


print(list(delegate()))


def nested(depth):
    if depth == 0:
        yield 0
        return
    for x in nested(depth - 1):
        yield x + 1


print(list(nested(50)))
gc.collect()
print(gc.collect())
