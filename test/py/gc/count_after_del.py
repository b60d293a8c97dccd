# gc.get_count()[0] goes down when tracked containers are freed (PyObject_GC_Del), but not for
# objects that go back to a free list.
import gc


class Plain:
    pass


def c0():
    return gc.get_count()[0]


gc.collect()
gc.get_count()
deltas = []
before = c0(); objs = [Plain() for _ in range(10)]; deltas.append(c0() - before)
before = c0(); del objs; deltas.append(c0() - before)
before = c0(); s = {1, 2}; deltas.append(c0() - before)
before = c0(); del s; deltas.append(c0() - before)
before = c0(); f = lambda: None; deltas.append(c0() - before)
before = c0(); del f; deltas.append(c0() - before)
labels = ["ten instances (and the list)", "del them", "a set", "del it", "a lambda", "del it"]
for label, d in zip(labels, deltas):
    print("%-30s %+d" % (label, d))
