# A cycle through an lru_cache wrapper (its result refers back to it) and one through an
# ExceptionGroup are found by the collector: the wrapper's traverse visits its links' results.
import functools, gc, weakref

class R:
    pass

def make():
    @functools.lru_cache(maxsize=4)
    def f(x):
        r = R()
        r.f = f
        return r
    f(1); f(2)
    return weakref.ref(f)

w = make()
print(w() is not None)
print(gc.collect() > 0, w())
eg = ExceptionGroup('m', [ValueError()])
eg.self = eg
we = weakref.ref(eg)
del eg
print(gc.collect() > 0, we())
