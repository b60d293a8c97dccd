# gc.get_referents follows each type's tp_traverse, in its order (generators, frames,
# exceptions, tracebacks, methods, views, iterators, super, slices, modules, descriptors).
import gc, sys
def kinds(o):
    return [type(x).__name__ for x in gc.get_referents(o)]
def gen(a):
    b = [a]
    yield b
g = gen(1); next(g)
print("generator", kinds(g))
def f():
    x = 1
    return sys._getframe()
fr = f()
print("frame", kinds(fr))
try:
    1/0
except ZeroDivisionError as e:
    exc = e
print("exception", kinds(exc))
print("traceback", kinds(exc.__traceback__))
class C:
    @property
    def p(self): return 1
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    def m(self): pass
print("bound method", kinds(C().m))
print("builtin method", kinds([].append))
print("dict keys view", kinds({1: 2}.keys()))
print("list iterator", kinds(iter([1])))
print("enumerate", kinds(enumerate([1])))
print("super", kinds(super(C, C())))
print("slice", kinds(slice(1, [2], 3)))
print("module", kinds(gc))
print("set iterator", kinds(iter({1})))
print("reversed", kinds(reversed([1])))
print("method-wrapper", kinds(C().__init__))
print("getset", kinds(C.__dict__['__dict__']))
print("function", kinds(f))
