# object.__new__ refuses a class whose __abstractmethods__ is non-empty: the setter of
# type.__abstractmethods__ sets Py_TPFLAGS_IS_ABSTRACT, which object_new checks.
# classmethod, staticmethod and property report __isabstractmethod__ from what they wrap.
from abc import ABC, ABCMeta, abstractmethod


def attempt(make):
    try:
        return make()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...

    @property
    @abstractmethod
    def name(self):
        ...


print(sorted(Shape.__abstractmethods__))
attempt(Shape)


class Square(Shape):
    def area(self):
        return 4

    @classmethod
    def unit(cls):
        return 'cm'


attempt(Square)


class Done(Square):
    kind = staticmethod(lambda: 'square')
    name = property(lambda self: 'sq')


d = Done()
print(d.area(), d.unit(), d.kind(), d.name, Done.__abstractmethods__)
print(bool(Done.__flags__ & (1 << 20)), bool(Shape.__flags__ & (1 << 20)))

# the wrappers ask what they wrap
print(classmethod(print).__isabstractmethod__, staticmethod(print).__isabstractmethod__)
print(property().__isabstractmethod__, property(None, abstractmethod(lambda s, v: None)).__isabstractmethod__)


class Odd:
    __isabstractmethod__ = [0]


class Even:
    __isabstractmethod__ = ()


print(classmethod(Odd()).__isabstractmethod__, staticmethod(Even).__isabstractmethod__,
      property(Odd()).__isabstractmethod__, property(Even()).__isabstractmethod__)


# the flag belongs to the class itself: set and delete on any class
class Plain:
    pass


Plain.__abstractmethods__ = frozenset({'b', 'a'})
attempt(Plain)
Plain.__abstractmethods__ = ('only',)
attempt(Plain)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
Plain.__abstractmethods__ = ['x']
del Plain.__abstractmethods__
print(type(Plain()).__name__)
attempt(lambda: Plain.__abstractmethods__)
attempt(lambda: delattr(Plain, '__abstractmethods__'))
attempt(lambda: type.__abstractmethods__)
attempt(lambda: setattr(int, '__abstractmethods__', ()))


class Child(Plain):
    pass


Plain.__abstractmethods__ = {'z'}
print(type(Child()).__name__)
attempt(lambda: Child.__abstractmethods__)

# a namespace entry alone is not enough: only the setter sets the flag
Loose = type('Loose', (), {'__abstractmethods__': frozenset({'m'})})
print(type(Loose()).__name__, Loose.__abstractmethods__)

# excess arguments are reported first
attempt(lambda: Shape(1))


class WithInit(ABC):
    def __init__(self, x):
        self.x = x

    @abstractmethod
    def go(self):
        ...


attempt(lambda: WithInit(1))


# the messages name the class by its __name__ (tp_name), not its qualified name
class Outer:
    class Inner(ABC):
        @abstractmethod
        def go(self):
            ...

    class Bare:
        pass


attempt(Outer.Inner)
attempt(lambda: Outer.Bare(1))
attempt(lambda: Outer.Bare.__init__(Outer.Bare(), 1))


class Meta(ABCMeta):
    pass


class Deep(metaclass=Meta):
    @abstractmethod
    def go(self):
        ...


Deep()
