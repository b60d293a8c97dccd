# Checks type() and class statements make on their bases, and assignment to __bases__
# (Objects/typeobject.c check_duplicates, type_new_get_bases, type_set_bases).
import abc
import sys
import typing


class A:
    def who(self):
        return 'A'


class B(A):
    pass


class C:
    def who(self):
        return 'C'


def attempt(make):
    try:
        return make()
    except TypeError as e:
        print('TypeError:', e)


# duplicate bases and inconsistent orders fail, and leave no half-made class behind
before = sys.getrefcount(A)
for _ in range(3):
    attempt(lambda: type('X', (A, A), {}))
    attempt(lambda: type('Y', (A, B), {}))
    attempt(lambda: abc.ABCMeta('Z', (A, A), {}))
print(sys.getrefcount(A) - before, A.__subclasses__())

# type() with a base that is not a class but has __mro_entries__
attempt(lambda: type('G', (list[int],), {}))
attempt(lambda: type('H', (typing.Generic[typing.TypeVar('T')],), {}))
attempt(lambda: type('I', (3,), {}))


# __bases__ assignment: the MRO of the class and its subclasses follows
class D(A):
    pass


class E(D):
    pass


e = E()
print(e.who(), [k.__name__ for k in E.__mro__])
D.__bases__ = (C,)
print(e.who(), [k.__name__ for k in E.__mro__], D.__base__.__name__)
print(D in C.__subclasses__(), D in A.__subclasses__())
D.__bases__ = (A, C)
print(e.who(), [k.__name__ for k in E.__mro__])
print(isinstance(e, C), issubclass(E, A))

# the checks, in CPython's order
attempt(lambda: setattr(D, '__bases__', []))
attempt(lambda: setattr(D, '__bases__', ()))
attempt(lambda: setattr(D, '__bases__', (A, 1)))
attempt(lambda: setattr(D, '__bases__', (E,)))
attempt(lambda: setattr(D, '__bases__', (D,)))
attempt(lambda: setattr(D, '__bases__', (int,)))
attempt(lambda: setattr(D, '__bases__', (dict,)))
attempt(lambda: delattr(D, '__bases__'))
attempt(lambda: setattr(int, '__bases__', (object,)))


class Slotted:
    __slots__ = ('x',)


class Plain:
    pass


attempt(lambda: setattr(D, '__bases__', (Slotted,)))
D.__bases__ = (Plain,)
print([k.__name__ for k in E.__mro__])


# a failing MRO anywhere below puts every class back as it was
class F(A, C):
    pass


class G(F, A, C):
    pass


attempt(lambda: setattr(F, '__bases__', (C, A)))
print([k.__name__ for k in F.__mro__], [k.__name__ for k in G.__mro__])


# slots follow the new bases
class P:
    def __len__(self):
        return 7


class Q:
    def __len__(self):
        return 9


class R(P):
    pass


r = R()
print(len(r))
R.__bases__ = (Q,)
print(len(r))


# typing.NamedTuple that also inherits Generic sets __bases__ on the namedtuple class
T = typing.TypeVar('T')


class Pair(typing.NamedTuple, typing.Generic[T]):
    first: T
    second: T


p = Pair(1, 2)
print(p, Pair.__bases__, Pair[int].__origin__ is Pair, [k.__name__ for k in Pair.__mro__])
print(sys.getrefcount(Pair) > 0, p.first + p.second)
