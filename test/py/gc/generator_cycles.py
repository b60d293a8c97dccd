# Generators in cycles: a suspended generator referring to itself, a finished one, and one
# whose frame holds a list that holds the generator.
import gc

gc.collect()


def counter():
    me = yield 0
    yield 1


g = counter()
next(g)
g.send(g)
del g
print("suspended generator that holds itself:", gc.collect())


def finished():
    yield 1


h = finished()
list(h)
box = [h]
box.append(box)
del h, box
print("finished generator in a self-referencing list:", gc.collect())


def holder(store):
    store.append(1)
    yield store


store = []
k = holder(store)
next(k)
store.append(k)
del k, store
print("generator <-> list through its frame:", gc.collect())
