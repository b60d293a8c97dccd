# A metaclass's mro() runs before PyType_Ready adds the class's descriptors (__dict__,
# __weakref__, slot members): it sees the class held only by type_new and its own argument,
# and a class whose MRO fails is freed at once, releasing its metaclass.
import sys

saved = []


class M(type):
    def mro(cls):
        print("in mro:", sys.getrefcount(cls))
        saved.append(cls)
        raise KeyError("no mro")


before = sys.getrefcount(M)
try:
    class X(metaclass=M):
        __slots__ = ("a", "b")
except KeyError as e:
    print("KeyError", e)
print("kept only by saved:", sys.getrefcount(saved[0]))
saved.clear()
print("metaclass released:", sys.getrefcount(M) - before)


class Fine(type):
    def mro(cls):
        print("in mro:", sys.getrefcount(cls), list(cls.__dict__))
        return type.mro(cls)


class Y(metaclass=Fine):
    pass


print(list(Y.__dict__))
