# An instance storing its own bound method forms a cycle through the method object
# (test_gc.test_method).
import gc

gc.collect()


class A:
    def __init__(self):
        self.init = self.__init__


a = A()
del a
print("instance -> bound method -> instance:", gc.collect())


class B:
    def run(self):
        pass


b = B()
m = b.run
b.keep = [m]
del b, m
print("instance -> list -> bound method -> instance:", gc.collect())
