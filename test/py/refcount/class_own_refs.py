# The references to a class itself: its module, its mro, its descriptors, its subclasses'
# mro, its instances and its methods' __class__ cell.
import gc, sys, weakref

gc.collect()
class P:
    pass
print("P:", sys.getrefcount(P))
class Q:
    __slots__ = ("a",)
print("Q with __slots__:", sys.getrefcount(Q))
class R:
    def f(self):
        return __class__
print("R with __class__ cell:", sys.getrefcount(R))
class S(P):
    pass
print("P after subclass:", sys.getrefcount(P), "S:", sys.getrefcount(S))
class S2(S, Q):
    pass
print("P:", sys.getrefcount(P), "S:", sys.getrefcount(S), "Q:", sys.getrefcount(Q))
objs = [P(), P(), S()]
print("P with instances:", sys.getrefcount(P), "S:", sys.getrefcount(S))
del objs
print("P without:", sys.getrefcount(P), "S:", sys.getrefcount(S))
class Meta(type):
    pass
class V(metaclass=Meta):
    pass
print("V:", sys.getrefcount(V))
rs = weakref.ref(S)
del S2
print("collected:", gc.collect())
print("P:", sys.getrefcount(P), "S:", sys.getrefcount(S), "Q:", sys.getrefcount(Q))
del S
print("collected:", gc.collect(), rs() is None)
print("P:", sys.getrefcount(P))
rr, rv = weakref.ref(R), weakref.ref(V)
del R, V
print("collected:", gc.collect(), rr() is None, rv() is None)
