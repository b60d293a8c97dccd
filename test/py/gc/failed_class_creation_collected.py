# Classes whose creation fails after allocation (MRO conflict, __init_subclass__, __set_name__,
# a bad __qualname__ next to __slots__): the references they took come back, the collector frees them.
import gc, sys
class Base:
    def __init_subclass__(cls, fail=False, **kw):
        if fail:
            raise ValueError("no")
class Other(Base): pass
class M(type): pass
gc.collect()
b, o, m, t, ob = sys.getrefcount(Base), sys.getrefcount(Other), sys.getrefcount(M), sys.getrefcount(type), sys.getrefcount(object)
def d():
    print(sys.getrefcount(Base) - b, sys.getrefcount(Other) - o, sys.getrefcount(M) - m, sys.getrefcount(type) - t, sys.getrefcount(object) - ob)
for meta in (type, M):
    for i in range(5):
        try:
            class C(Base, Other, metaclass=meta): pass
        except TypeError as e:
            print(e)
    d()
    for i in range(5):
        try:
            class C(Other, metaclass=meta, fail=True): pass
        except ValueError as e:
            print(e)
    d()
    for i in range(5):
        try:
            class C(Other, metaclass=meta):
                __slots__ = ('a',)
                __qualname__ = 3
        except TypeError as e:
            print(e)
    d()
    for i in range(5):
        try:
            class C(Other, metaclass=meta):
                class D:
                    def __set_name__(self, owner, name):
                        raise KeyError(name)
                x = D()
        except RuntimeError as e:
            print(e)
        except KeyError as e:
            print('KeyError', e)
    d()
    print(gc.collect())
    d()
class D:
    def __set_name__(self, owner, name):
        raise KeyError(name)
try:
    class C:
        x = D()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
    print(e.__cause__.__traceback__ is not None)
try:
    raise ValueError(1)
except ValueError:
    try:
        class C2:
            y = D()
    except RuntimeError as e:
        print(repr(e.__context__), repr(e.__cause__.__context__))
class E:
    def __set_name__(self, owner, name):
        1/0
class F:
    z = E()
