# Cyclic garbage is out of every frame's reach, but not out of the program's: a weak reference,
# gc.get_objects() and a collection's finalizers still reach it. What they change shows.
import gc
import sys
import weakref
from itertools import repeat

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name


def pair(x, y):
    a = Node(x)
    b = Node(y)
    a.peer = b
    b.peer = a
    return a


# Through gc.get_referrers(), in one line that runs no code of the program's: what it returns
# goes at the end of the line.
pair('c', 'd')
list(map(setattr, filter(Node.__instancecheck__, gc.get_referrers(Node)), repeat('seen'), repeat(True)))
print(sorted(o.name for o in gc.get_referrers(Node) if hasattr(o, 'seen')))
print(gc.collect())

# Through a weak reference: the garbage changes, its count does not. (The reference is kept
# on a module, which a diagram does not open.)
weakref.last = weakref.ref(pair('a', 'b'))
weakref.last().label = 'touched'
weakref.last().label = 'again'
print(weakref.last().label, sys.getrefcount(weakref.last()))
print(gc.collect(), weakref.last())

# An object the garbage holds becomes garbage when its last other holder lets go.
keep = [1, 2]
e = pair('e', 'f')
e.items = keep
e = None
keep = None
print(gc.collect())

# Garbage in an older generation outlives a young collection.
g = pair('g', 'h')
gc.collect(0)
g = None
pair('i', 'j')
print(gc.collect(0), gc.collect(1))


# A finalizer run by the collector changes garbage that is not its own.
class Loud(Node):
    def __del__(self):
        self.peer.note = 'set by __del__'
        print('__del__', self.name, self.peer.name)


holder = Node('holder')
x = Loud('x')
y = Node('y')
x.peer = y
y.peer = x
y.keep = holder
x = y = None
print(gc.collect())
print(len(gc.garbage), holder.name)

# gc.freeze() moves the garbage to the permanent generation.
pair('k', 'l')
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.collect())
