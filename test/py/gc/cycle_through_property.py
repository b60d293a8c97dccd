# A property in a cycle: property_traverse visits fget, fset, fdel, __doc__ and the name;
# property_clear clears only __doc__, which is enough when the cycle goes through it.
import gc

class Doc:
    pass

gc.collect()
d = Doc()
p = property(lambda self: 1, None, None, d)
d.prop = p
del d, p
print("cycle through the doc:", gc.collect())

gc.collect()
def getter(self):
    return getter.prop
getter.prop = property(getter)
del getter
print("cycle through the getter:", gc.collect())

gc.collect()
class C:
    @property
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        pass
print("property referents:", [type(o).__name__ for o in gc.get_referents(C.__dict__["x"])])
del C
print("class with a property:", gc.collect())

class P(property):
    pass

gc.collect()
q = P(lambda self: 2)
q.me = q
del q
print("property subclass instance:", gc.collect())
