# gc.collect() called while the collector is already running returns 0 and collects nothing
# (inside a __del__ or a weakref callback run by a collection); called from a __del__ that
# refcounting runs, it is an ordinary collection. Every object is finalized once.
import gc, weakref

log = []

class Nested:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append((self.name, gc.collect()))

def cycle(name):
    a = Nested(name)
    a.self = a
    return a

gc.collect()
n = Nested("refcount death")
junk = [[]]
junk[0].append(junk)
del junk
del n
print("del by refcount, collect inside:", log, gc.collect())

log.clear()
gc.collect()
cycle("in a cycle")
print("collected:", gc.collect(), "inner collect returned:", log)

log.clear()
class Target:
    pass

t = Target()
t.self = t
r = weakref.ref(t, lambda ref: log.append(("callback", gc.collect())))
del t
print("collected:", gc.collect(), "inside the callback:", log)

log.clear()
gc.collect()
for i in range(3):
    cycle(i)
print("three cycles:", gc.collect(), sorted(name for name, _ in log), [c for _, c in log])
print("finalized once:", gc.collect(), log == [] or len(log) == 3)
