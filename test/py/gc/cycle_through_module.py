# A module object in a cycle (its __dict__ refers back to it) is collected with its dict:
# module_traverse visits md_dict, module_clear breaks the cycle.
import gc, sys, types

gc.collect()
m = types.ModuleType("m")
m.me = m
m.data = [1, 2, 3]
del m
print("module and its dict:", gc.collect())

class M(types.ModuleType):
    pass

gc.collect()
s = M("s")
s.me = s
del s
print("module subclass instance:", gc.collect())

gc.collect()
t = types.ModuleType("t")
def f():
    return t
t.f = f
exec("def g(): return g", t.__dict__)
del t, f
print("module with functions whose globals are another dict:", gc.collect())
print("referents of a module:", [type(x).__name__ for x in gc.get_referents(types.ModuleType("x"))])
