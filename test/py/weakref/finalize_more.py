# weakref.finalize: arguments, return values, states, and several finalizers on one object.
import weakref


class Res:
    pass


log = []
r = Res()
f1 = weakref.finalize(r, log.append, "first")
f2 = weakref.finalize(r, lambda *a, **k: log.append(("second", a, k)), 1, 2, key="v")
print("alive:", f1.alive, f2.alive, " peek:", f1.peek()[1] is log.append, f1.peek()[2])
print("detach of a live one:", f2.detach()[2:], " alive now:", f2.alive)
print("detach again:", f2.detach(), " peek:", f2.peek())
del r
print("after death:", log, f1.alive, f1())
r2 = Res()
f3 = weakref.finalize(r2, str.upper, "value")
print("calling returns the result:", f3(), " then None:", f3())
f3.atexit = False
print("atexit of a dead finalizer:", f3.atexit)
r3 = Res()
f4 = weakref.finalize(r3, print, "never at exit")
f4.atexit = False
print("atexit:", f4.atexit)
print("end of module")
