# A suspended generator's frame holds its arguments and locals; finishing or closing it releases them.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def producer(arg):
    local = Tracked("local")
    yield 1
    yield 2


item = Tracked("argument")
print("argument before:", sys.getrefcount(item))
g = producer(item)
print("generator created, not started:", sys.getrefcount(item))
next(g)
print("suspended at the first yield:", sys.getrefcount(item))
next(g)
print("exhausting:")
next(g, None)
print("argument after exhaustion:", sys.getrefcount(item))
g2 = producer(item)
next(g2)
print("closing a suspended one:")
g2.close()
print("closed:", sys.getrefcount(item))
g3 = producer(item)
next(g3)
print("dropping a suspended one:")
del g3
print("dropped")
