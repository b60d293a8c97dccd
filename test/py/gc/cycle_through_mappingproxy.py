# mappingproxy objects in cycles: mappingproxy_traverse visits the mapping it wraps.
import gc, types

gc.collect()
d = {}
d["proxy"] = types.MappingProxyType(d)
print("referents:", [type(o).__name__ for o in gc.get_referents(d["proxy"])])
del d
print("dict holding a proxy of itself:", gc.collect())

gc.collect()
class C:
    pass
C.proxy = C.__dict__
print("class __dict__ is a", type(C.proxy).__name__)
del C
print("class holding its own __dict__ proxy:", gc.collect())
