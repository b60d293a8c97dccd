# Passing an object: positional parameters, keyword parameters, *args tuples and **kwargs dicts add references.
import sys

obj = ["arg"]

def positional(p):
    return sys.getrefcount(obj)

def keyword(*, k):
    return sys.getrefcount(obj)

def star(*args):
    return sys.getrefcount(obj)

def double_star(**kwargs):
    return sys.getrefcount(obj)

def two(a, b):
    return sys.getrefcount(obj)

def deeper(p):
    return positional(p)

print("module level:", sys.getrefcount(obj))
print("positional parameter:", positional(obj))
print("keyword-only parameter:", keyword(k=obj))
print("in *args:", star(obj))
print("twice in *args:", star(obj, obj))
print("unpacked from a list into *args:", star(*[obj]))
print("in **kwargs:", double_star(x=obj))
print("both parameters:", two(obj, obj))
print("two calls deep:", deeper(obj))
print("builtin call (len) does not bind:", len(obj), sys.getrefcount(obj))
print("method call argument:", [].count(obj), sys.getrefcount(obj))
