# An exception in a weakref callback is reported as unraisable; the other callbacks still run.
import weakref


class BadCallback:
    def __repr__(self):
        return "<bad callback>"

    def __call__(self, ref):
        raise KeyError("in callback")


class Obj:
    pass


o = Obj()
r1 = weakref.ref(o, lambda ref: print("  good callback (older)"))
r2 = weakref.ref(o, BadCallback())
r3 = weakref.ref(o, lambda ref: print("  good callback (newer)"))
del o
print("program continues")
p = Obj()
r4 = weakref.ref(p, BadCallback())
del p
print("single ref path too")
