# Returned objects: a fresh return value has one reference once bound; returning a global adds none.
import sys

keep = ["global"]


def fresh():
    return ["fresh"]


def same_global():
    return keep


def via_local():
    local = ["local"]
    alias = local
    return local


def pair():
    x = ["in tuple"]
    return x, x


r = fresh()
print("fresh return, bound:", sys.getrefcount(r))
print("fresh return, unbound temporary:", sys.getrefcount(fresh()))
g = same_global()
print("returned global:", sys.getrefcount(keep))
v = via_local()
print("local with an alias, returned:", sys.getrefcount(v))
p = pair()
print("item of a returned 2-tuple:", sys.getrefcount(p[0]))
a, b = pair()
print("after unpacking the tuple:", sys.getrefcount(a))
print("lambda returning its argument:", sys.getrefcount((lambda x: x)(r)))
print("r after that:", sys.getrefcount(r))
