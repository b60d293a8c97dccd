# Instances of plain classes in cycles (test_gc.test_instance, test_newinstance).
import gc

gc.collect()


class A:
    pass


a = A()
a.a = a
del a
print("instance referring to itself:", gc.collect())


class ListSub(list):
    pass


b = ListSub()
b.append(b)
del b
print("list subclass containing itself:", gc.collect())


class DictSub(dict):
    pass


c = DictSub()
c["me"] = c
del c
print("dict subclass containing itself:", gc.collect())


class WithSlots:
    __slots__ = ("x", "y")


s = WithSlots()
s.x = s
s.y = [s]
del s
print("slots instance, itself and through a list:", gc.collect())
