# getweakrefs() lists the basic ref first, then the basic proxy, then the others from the newest
# to the oldest.
import weakref


class Target:
    pass


t = Target()
names = {}


def cb(r):
    pass


c1 = weakref.ref(t, cb)
names[id(c1)] = "callback ref 1"
p = weakref.proxy(t)
names[id(p)] = "basic proxy"
c2 = weakref.ref(t, cb)
names[id(c2)] = "callback ref 2"
r = weakref.ref(t)
names[id(r)] = "basic ref"
pc = weakref.proxy(t, cb)
names[id(pc)] = "proxy with callback"
for wr in weakref.getweakrefs(t):
    print(names[id(wr)])
print("count:", weakref.getweakrefcount(t))
print("__weakref__ is the first:", t.__weakref__ is r)
