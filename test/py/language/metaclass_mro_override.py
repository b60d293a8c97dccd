# A metaclass's mro() decides the MRO when a class is created (typeobject.c mro_internal/mro_invoke),
# and its result is checked (mro_check).
class Meta(type):
    def mro(cls):
        print('mro called for', cls.__name__)
        return super().mro()

class A(metaclass=Meta):
    pass

class B(A):
    pass

print(B.__mro__)

class Rev(type):
    def mro(cls):
        return [cls, object] if cls.__name__ == 'C' else super().mro()

class Base:
    x = 1

class C(Base, metaclass=Rev):
    pass

print(C.__mro__, hasattr(C, 'x'))



class Bad(type):
    def mro(cls):
        return [cls, 1]

try:
    class X(metaclass=Bad):
        pass
except TypeError as e:
    print('TypeError', e)

class Empty(type):
    def mro(cls):
        return ()

try:
    class Y(metaclass=Empty):
        pass
except TypeError as e:
    print('TypeError', e)

class Layout(type):
    def mro(cls):
        return (cls, int, object)

try:
    class Z(metaclass=Layout):
        pass
except TypeError as e:
    print('TypeError', e)

class Boom(type):
    def mro(cls):
        raise ValueError('no mro for ' + cls.__name__)

try:
    class W(metaclass=Boom):
        pass
except ValueError as e:
    print('ValueError', e)

class Gen(type):
    def mro(cls):
        yield cls
        yield object

class G(metaclass=Gen):
    pass

print(G.__mro__)

class Tracking(type):
    def mro(cls):
        r = super().mro()
        print('mro of', cls.__name__, '->', [c.__name__ for c in r])
        return r

class P(metaclass=Tracking):
    pass

class Q:
    pass

class R(P):
    pass

R.__bases__ = (Q, P)
print(R.__mro__)
