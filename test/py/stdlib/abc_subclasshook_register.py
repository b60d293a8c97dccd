# abc: __subclasshook__ decides isinstance by structure; register() adds virtual subclasses.
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized as SizedABC, Hashable

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "__len__") or NotImplemented

print(isinstance([], Sized), isinstance(5, Sized), issubclass(str, Sized))
Sized.register(int)
print(isinstance(5, Sized), int in Sized.__subclasses__(), issubclass(bool, Sized))

class Plugin(ABC):
    @abstractmethod
    def run(self):
        ...

class External:
    pass

Plugin.register(External)
print(isinstance(External(), Plugin), External.__mro__[1].__name__, "run" in dir(External))
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance({}, SizedABC), isinstance([], Hashable))

class Gen:
    def __iter__(self):
        yield 1

print(isinstance(Gen(), Iterable), issubclass(Gen, Iterable))
