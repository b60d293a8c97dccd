# At shutdown the module's namespace is cyclic garbage (the lambdas refer to it through their
# globals), and so are these weakrefs: the collector clears them without calling back.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


first = Obj("first")
second = Obj("second")
refs = [weakref.ref(first, lambda r: print("callback for first")),
        weakref.ref(second, lambda r: print("callback for second"))]
print("end of module")
