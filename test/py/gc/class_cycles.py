# Classes are containers: a class referring to itself, and classes dropped with their methods.
import gc

gc.collect()


def make_self_ref():
    class A:
        pass
    A.a = A


make_self_ref()
print("class with an attribute naming itself:", gc.collect())


def make_with_methods():
    class B:
        def method(self):
            return 1

        def other(self):
            return 2
    return None


make_with_methods()
print("class with two methods:", gc.collect())


def make_subclass():
    class Base:
        pass

    class Derived(Base):
        pass


make_subclass()
print("a class and its subclass:", gc.collect())
