# The C3 method resolution order of a diamond, cooperative super() calls, and an impossible MRO.
class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

print([k.__name__ for k in D.__mro__])
print(D().hello())
print([k.__name__ for k in D.mro()], D.__bases__ == (B, C))

class X:
    pass

class Y:
    pass

class P(X, Y):
    pass

class Q(Y, X):
    pass

try:
    class R(P, Q):
        pass
except TypeError as error:
    print("TypeError:", error)
