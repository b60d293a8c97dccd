# A weakref that dies before its referent is simply gone: no callback, and the referent's count
# of weak references drops.
import weakref


class T:
    pass


t = T()
refs = [weakref.ref(t, lambda r, i=i: print("callback", i)) for i in range(3)]
print("count:", weakref.getweakrefcount(t))
del refs[1]
print("after one ref died:", weakref.getweakrefcount(t))
refs.clear()
print("after all died:", weakref.getweakrefcount(t), weakref.getweakrefs(t))
del t
print("no callback ran")
