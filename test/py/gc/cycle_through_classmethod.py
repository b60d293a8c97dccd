# classmethod and staticmethod objects in cycles: cm_traverse visits the callable and the
# __dict__ that classmethod(f) fills with f's __module__, __name__, __qualname__, __doc__ and
# __annotations__; cm_clear clears both.
import gc

gc.collect()
def f(cls):
    return f.cm
f.cm = classmethod(f)
del f
print("classmethod of a function that refers to it:", gc.collect())

gc.collect()
def g():
    return g.sm
g.sm = staticmethod(g)
del g
print("staticmethod of a function that refers to it:", gc.collect())

gc.collect()
cm = classmethod(len)
cm.me = cm
print("classmethod dict:", sorted(cm.__dict__))
del cm
print("classmethod in its own dict:", gc.collect())

class A:
    @classmethod
    def m(cls):
        return cls
    @staticmethod
    def s():
        return 1
    def __init_subclass__(cls):
        pass

print("referents of A.__dict__['m']:", [type(o).__name__ for o in gc.get_referents(A.__dict__["m"])])
print("__init_subclass__ has a dict:", bool(gc.get_referents(A.__dict__["__init_subclass__"])[1:]))
gc.collect()
del A
print("class with a classmethod and a staticmethod:", gc.collect())

class CM(classmethod):
    pass

gc.collect()
x = CM(len)
x.me = x
del x
print("classmethod subclass instance:", gc.collect())
