# functools.partial is a C type (Modules/_functoolsmodule.c): 64 bytes plus the GC head, a new
# args tuple and a new keyword dict per partial; a nested partial without __dict__ is flattened
# into the new one (its func, args and keywords are reused, not the partial itself).
import functools
import gc
import sys
import tracemalloc
from functools import partial


def f(*args, **kwargs):
    return args, kwargs


def count(o):
    return sys.getrefcount(o) - 1


print("getsizeof:", sys.getsizeof(partial(f)), sys.getsizeof(partial(f, 1, 2, x=3)))
print("type:", type(partial(f)).__name__, partial.__module__, partial.__name__)

# Drain the free lists the measured statements draw from (tuples of 1 to 3 items, dicts and
# their small keys), so that every object they make is a new allocation.
drain = [(i,) for i in range(2100)] + [(i, i) for i in range(2100)] + [(i, i, i) for i in range(2100)]
drain += [{"a": i} for i in range(200)]
r = [0] * 8
tracemalloc.start()
r[0] = tracemalloc.get_traced_memory()[0]
p1 = partial(f)
r[1] = tracemalloc.get_traced_memory()[0]
p2 = partial(f, 1, 2)
r[2] = tracemalloc.get_traced_memory()[0]
p3 = partial(f, 1, x=2, y=3)
r[3] = tracemalloc.get_traced_memory()[0]
print("traced: partial(f)", r[1] - r[0], "partial(f, 1, 2)", r[2] - r[1], "partial(f, 1, x=2, y=3)", r[3] - r[2])
r[4] = sys.getallocatedblocks()
p4 = partial(f, 1, x=2)
r[5] = sys.getallocatedblocks()
p5 = partial(p4, 3, y=4)
r[6] = sys.getallocatedblocks()
print("blocks: partial(f, 1, x=2)", r[5] - r[4], "nested", r[6] - r[5])
del p1, p2, p3, p4, p5

arg = object()
before_f, before_arg = count(f), count(arg)
p = partial(f, arg, k=arg)
print("refs gained: func", count(f) - before_f, "arg", count(arg) - before_arg)
q = partial(p, 5, j=6)
print("nested flattened:", q.func is f, q.args == (arg, 5), sorted(q.keywords))
print("refs gained after nesting: func", count(f) - before_f, "arg", count(arg) - before_arg, "p", count(p))
print("args tuple shared?", q.args is p.args, "keywords shared?", q.keywords is p.keywords)
p.attr = 1
r = partial(p, 7)
print("partial with __dict__ kept:", r.func is p, r.args)
p2 = partial(f, 1)
p2.__dict__
print("an empty __dict__ counts too:", partial(p2).func is p2)


class Sub(partial):
    pass


s = Sub(f, 1)
print("subclass instance flattened:", partial(s, 2).func is f, type(Sub(s)).__name__, Sub(s).args)


class Callme(partial):
    def __call__(self, *a):
        return "own call"


c = Callme(f, 1)
print("subclass with __call__ kept:", partial(c, 2).func is c, partial(c, 2)())

print("referents:", [type(o).__name__ for o in gc.get_referents(partial(f, 1, z=2))])
d = partial(f)
d.x = 1
print("with dict:", [type(o).__name__ for o in gc.get_referents(d)])
print("gc tracked:", gc.is_tracked(partial(f)))

kw = {"a": 1}
pk = partial(f, **kw)
print("keywords is a new dict:", pk.keywords is not kw, pk.keywords == kw)

for i in range(3):
    partial(f, i)(i)
base = tracemalloc.get_traced_memory()[0]
for i in range(3):
    partial(f, i)(i)
print("left after three calls:", tracemalloc.get_traced_memory()[0] - base)


def g(*args, **kwargs):
    return len(args)


# More than five arguments take a PyMem array; a partial with keywords calls through a tuple and a
# dict (partial_call), which the function receives unpacked (_PyStack_UnpackDict).
big = partial(g, 1, 2)
kwp = partial(g, 1, k=2)
for call in (lambda: big(3, 4, 5, 6), lambda: kwp(3, 4)):
    call()
    call()
    tracemalloc.reset_peak()
    m = tracemalloc.get_traced_memory()[0]
    call()
    print("peak:", tracemalloc.get_traced_memory()[1] - m)
tracemalloc.stop()
