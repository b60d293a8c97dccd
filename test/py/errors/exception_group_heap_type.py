# ExceptionGroup is a heap type in CPython (PyErr_NewException): its instances hold a reference
# to it, gc.get_referents shows it first, it has a weaklist and __module__/__weakref__/__doc__.
import gc
import sys
import weakref

print(list(ExceptionGroup.__dict__), ExceptionGroup.__module__, repr(ExceptionGroup))
before = sys.getrefcount(ExceptionGroup)
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(sys.getrefcount(ExceptionGroup) - before, sys.getsizeof(eg))
print(gc.get_referents(eg))
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(gc.get_referents(beg))
r = weakref.ref(eg)
print(r() is eg)
del eg
print(r(), sys.getrefcount(ExceptionGroup) - before)


class MyGroup(ExceptionGroup):
    pass


m = MyGroup('m', [ValueError()])
print(gc.get_referents(m), sys.getsizeof(m))
match, rest = ExceptionGroup('g', [ValueError(1), TypeError(2)]).split(ValueError)
print(type(match).__name__, match.exceptions, type(rest).__name__, rest.exceptions)
