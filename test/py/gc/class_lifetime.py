# A class dropped while instances live survives through them (each instance refers to its
# class); once the last instance dies the class is garbage (it is in a cycle with its dict).
import gc
import weakref

gc.collect()


def make():
    class Temp:
        pass
    return Temp()


inst = make()
cls_ref = weakref.ref(type(inst))
print("class alive through its instance:", cls_ref() is not None, cls_ref().__name__)
del inst
print("still alive before a collection:", cls_ref() is not None)
print("collect() ->", gc.collect())
print("class after the collection:", cls_ref())
