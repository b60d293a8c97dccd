# Exceptions in cycles through __traceback__, __context__, __cause__ and their __dict__:
# BaseException_traverse visits dict, args, notes, traceback, cause, context (after a
# subclass's own fields), BaseException_clear clears them in that order.
import gc

gc.collect()
try:
    raise ValueError("a")
except ValueError as e:
    kept = e
del kept
print("exception whose traceback frame holds it:", gc.collect())

gc.collect()
a = KeyError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
del a, b
print("two exceptions as each other's context:", gc.collect())

gc.collect()
c = RuntimeError("c")
c.__cause__ = c
del c
print("exception as its own cause:", gc.collect())

class E(Exception):
    pass

gc.collect()
e = E("x")
e.me = e
del e
print("exception subclass in its own __dict__:", gc.collect())

gc.collect()
s = StopIteration()
s.value = s
del s
print("StopIteration as its own value:", gc.collect())

gc.collect()
n = AttributeError("n", name="x", obj=None)
n.obj = n
print("AttributeError referents:", [type(o).__name__ for o in gc.get_referents(n)])
del n
print("AttributeError as its own obj:", gc.collect())

def fail():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")

gc.collect()
try:
    fail()
except KeyError as k:
    saved = k
print("chain:", type(saved.__context__).__name__)
del saved
print("chained exceptions with tracebacks:", gc.collect())
