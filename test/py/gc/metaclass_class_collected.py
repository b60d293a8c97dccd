# A class whose metaclass is a Python class: freed by the collector, releasing its metaclass.
import gc, sys, weakref

class M(type):
    pass

gc.collect()
before = sys.getrefcount(M)
class Y(metaclass=M):
    pass
print("metaclass delta after class:", sys.getrefcount(M) - before)
r = weakref.ref(Y)
deaths = []
wr = weakref.ref(Y, lambda ref: deaths.append("callback"))
del Y
print("collected:", gc.collect())
print("weakref cleared:", r() is None, deaths)
print("metaclass delta after collect:", sys.getrefcount(M) - before)
print("collected again:", gc.collect())

# A class hierarchy under a metaclass, freed together.
class Z(metaclass=M):
    def method(self):
        return super().method()
class W(Z):
    __slots__ = ("a",)
print("metaclass delta with two classes:", sys.getrefcount(M) - before)
rz, rw = weakref.ref(Z), weakref.ref(W)
del Z, W
print("collected:", gc.collect())
print("cleared:", rz() is None, rw() is None)
print("metaclass delta:", sys.getrefcount(M) - before)

# A metaclass of a metaclass, with an instance of the class alive until the end.
class MM(type):
    pass
class M2(type, metaclass=MM):
    pass
mm = sys.getrefcount(MM)
class V(metaclass=M2):
    pass
v = V()
print("MM delta:", sys.getrefcount(MM) - mm, "M2 is alive:", type(V) is M2)
rv = weakref.ref(V)
del V
print("collected with instance alive:", gc.collect(), rv() is None)
del v
print("collected:", gc.collect(), rv() is None)
rm2 = weakref.ref(M2)
del M2
print("collected metaclass:", gc.collect(), rm2() is None)
print("MM delta:", sys.getrefcount(MM) - mm)
