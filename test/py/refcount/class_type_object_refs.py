import gc, sys
gc.collect()
before = sys.getrefcount(type)
ob = sys.getrefcount(object)
cs = []
for i in range(100):
    class C: pass
    cs.append(C)
del C
print(sys.getrefcount(type) - before)
print(sys.getrefcount(object) - ob)
del cs
print(gc.collect())
print(sys.getrefcount(type) - before)
print(sys.getrefcount(object) - ob)
