# gc.get_referents follows each type's tp_traverse in its order: iterators (with the dict
# iterators' reused result tuple), views, descriptors, property, classmethod, cells, weakrefs,
# modules, generators in each state, frames and super.
import gc, sys, types, weakref

def kinds(o):
    return [type(x).__name__ for x in gc.get_referents(o)]

def f(x):
    return x

print("filter", kinds(filter(f, [1])))
e = enumerate([1]); next(e)
print("enumerate after next", kinds(e))
print("reversed sequence", kinds(reversed((1, 2))))
it = iter({1: 2}.items()); next(it)
print("dict items iterator", kinds(it))
print("dict key iterator", kinds(iter({1: 2})))
print("dict reversed items", kinds(reversed({1: 2}.items())))
print("callable iterator", kinds(iter(f, None)))

class S:
    def __getitem__(self, i):
        raise IndexError

print("sequence iterator", kinds(iter(S())))
print("tuple iterator", kinds(iter((1,))))
print("list reverse iterator", kinds(reversed([1])))
print("str iterator", kinds(iter("ab")))
print("bytes iterator", kinds(iter(b"ab")))
print("bytearray iterator", kinds(iter(bytearray(b"ab"))))
print("dict values view", kinds({1: 2}.values()))
print("dict items view", kinds({1: 2}.items()))

class C:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass

print("property", kinds(C.__dict__["p"]))
print("property with a doc", kinds(property(f, None, None, "doc")))
print("classmethod", kinds(C.__dict__["cm"]))
print("staticmethod", kinds(C.__dict__["sm"]))
print("mappingproxy", kinds(C.__dict__))

def outer():
    v = [1]
    def inner():
        return v
    return inner

print("cell", kinds(outer().__closure__[0]))
print("closure function", kinds(outer()))
print("class", kinds(C))
print("module", kinds(types.ModuleType("m")))
print("weakref with a callback", kinds(weakref.ref(C, f)))
print("weakref without a callback", kinds(weakref.ref(C)))
print("proxy with a callback", kinds(weakref.proxy(C(), f)))

def g():
    x = [1]
    yield x
    yield 2

gen = g()
print("generator created", kinds(gen))
next(gen)
print("generator suspended", kinds(gen))
gen.gi_frame
print("generator with a frame object", kinds(gen))
print("its frame", kinds(gen.gi_frame))
list(gen)
print("generator finished", kinds(gen))

def fr():
    a = 1
    return sys._getframe()

print("finished frame", kinds(fr()))
print("slice", kinds(slice(None, [1])))
print("bound builtin method", kinds("x".join))
print("method-wrapper", kinds((1).__add__))
print("classmethod_descriptor", kinds(dict.__dict__["fromkeys"]))
print("getset_descriptor", kinds(type.__dict__["__dict__"]))
print("member_descriptor", kinds(type.__dict__["__base__"]))
print("wrapper_descriptor", kinds(object.__dict__["__init__"]))
print("method_descriptor", kinds(list.__dict__["append"]))
print("super", kinds(super(C, C())))
print("unbound super", kinds(super(C)))
