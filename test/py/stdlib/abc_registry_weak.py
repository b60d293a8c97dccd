# abc: register() makes virtual subclasses without keeping them alive (the registry and the
# caches hold weak references); get_cache_token() changes with every registration;
# update_abstractmethods() recomputes __abstractmethods__ after a class is changed.
import abc
import gc
import weakref


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def sides(self):
        ...


print(sorted(Shape.__abstractmethods__), type(Shape).__name__, type(Shape._abc_impl))
try:
    Shape()
except TypeError as error:
    print("TypeError:", error)

token = abc.get_cache_token()


@Shape.register
class Blob:
    pass


print(abc.get_cache_token() - token, isinstance(Blob(), Shape), issubclass(Blob, Shape), Shape in Blob.__mro__)
print(Shape.register(Blob) is Blob, abc.get_cache_token() - token)
alive = weakref.ref(Blob)
del Blob
gc.collect()
print("registered class freed:", alive() is None)


class Square(Shape):
    area = 4


print(sorted(Square.__abstractmethods__))
Square.sides = lambda self: 4
print(sorted(abc.update_abstractmethods(Square).__abstractmethods__), Square().area, Square().sides())
Square.perimeter = abc.abstractmethod(lambda self: 0)
print(sorted(abc.update_abstractmethods(Square).__abstractmethods__))
print(abc.update_abstractmethods(int) is int)

for attempt in (lambda: Shape.register(3), lambda: Square.register(Shape), lambda: issubclass(3, Shape)):
    try:
        attempt()
    except (TypeError, RuntimeError) as error:
        print(type(error).__name__ + ":", error)


class Meta(abc.ABCMeta):
    pass


class Custom(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, other):
        return any("quack" in vars(base) for base in other.__mro__) or NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Custom), isinstance(3, Custom), issubclass(bool, Custom), Custom.__abstractmethods__)
