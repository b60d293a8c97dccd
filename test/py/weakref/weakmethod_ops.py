# WeakMethod keeps neither the instance nor the function alive, compares like the bound
# methods it stands for, and is dead when either part dies.
import weakref


class C:
    def method(self):
        return "called on " + self.name

    def other(self):
        return "other"

    def __init__(self, name):
        self.name = name


c = C("c")
wm = weakref.WeakMethod(c.method)
print("call:", wm()())
print("equal to another WeakMethod of the same method:", wm == weakref.WeakMethod(c.method))
print("different method:", wm == weakref.WeakMethod(c.other))
print("hash like a ref:", hash(wm) == hash(weakref.WeakMethod(c.method)))
calls = []
wm2 = weakref.WeakMethod(c.method, lambda r: calls.append(r is wm2))
del c
print("after the instance died:", wm(), " callback got the WeakMethod:", calls)
try:
    weakref.WeakMethod(len)
except TypeError as error:
    print("TypeError:", error)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as error:
    print("TypeError:", error)
