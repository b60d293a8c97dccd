# References a class holds to its bases, its metaclass and object, across creation,
# subclassing, del and gc.collect().
import gc, sys

class Base:
    pass
class Mixin:
    pass
class Meta(type):
    pass

gc.collect()
def counts():
    return (sys.getrefcount(Base), sys.getrefcount(Mixin), sys.getrefcount(Meta),
            sys.getrefcount(object), sys.getrefcount(type))
start = counts()
def delta(label):
    print(label, [a - b for a, b in zip(counts(), start)])

class A(Base):
    pass
delta("A(Base):")
class B(A, Mixin):
    pass
delta("B(A, Mixin):")
class C(Base, metaclass=Meta):
    pass
delta("C(Base, metaclass=Meta):")
class D(C, Mixin):
    pass
delta("D(C, Mixin):")
class E:
    __slots__ = ()
delta("E with empty __slots__:")
class F(Base):
    __slots__ = ("x", "y")
delta("F(Base) with __slots__:")
T = type("T", (Mixin,), {"k": 1})
delta("type('T', (Mixin,), ...):")
U = Meta("U", (), {})
delta("Meta('U', (), {}):")

print("A:", sys.getrefcount(A), "B:", sys.getrefcount(B), "C:", sys.getrefcount(C))
print("subclasses:", [k.__name__ for k in Base.__subclasses__()])
del B
delta("del B:")
print("collected:", gc.collect())
delta("after collect:")
print("subclasses:", [k.__name__ for k in Base.__subclasses__()])
del A, C, D, E, F, T, U
delta("del the rest:")
print("collected:", gc.collect())
delta("after collect:")
print("subclasses:", Base.__subclasses__(), Mixin.__subclasses__(), type.__subclasses__(Meta))

# Many classes created in a loop, then dropped together.
keep = []
for i in range(50):
    class L(Base, Mixin, metaclass=Meta):
        pass
    class K(L):
        pass
    keep.append((L, K))
delta("after 50 pairs:")
del L, K, keep
n = gc.collect()
print("collected:", n)
delta("after 50 pairs and collect:")
