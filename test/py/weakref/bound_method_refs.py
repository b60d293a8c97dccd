# A weakref to a bound method dies at once (the method object is temporary); WeakMethod or a
# ref to the function and instance is needed to keep track of it.
import weakref


class A:
    def go(self):
        return "went"


a = A()
r = weakref.ref(a.go)
print("ref to a temporary bound method:", r())
m = a.go
r2 = weakref.ref(m)
print("while the method object lives:", r2() is m, r2()())
del m
print("after it died:", r2())
wm = weakref.WeakMethod(a.go)
print("WeakMethod recreates it:", wm()())
