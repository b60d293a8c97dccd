# sys.getrefcount reports one more than the holders you can see: its own argument reference.
import sys


def holders(obj):
    return sys.getrefcount(obj) - 2


fresh = object()
print("getrefcount(fresh):", sys.getrefcount(fresh))
print("holders seen through a helper (minus its parameter and argument):", holders(fresh))
print("temporary object:", sys.getrefcount(object()))
box = [fresh, fresh]
print("after two list slots:", sys.getrefcount(fresh), holders(fresh))
counts = [sys.getrefcount(fresh) for _ in range(2)]
print("same reading stored in a list:", counts)
via_map = list(map(sys.getrefcount, [fresh]))
print("through map() over a one-item list:", via_map)
print("through a lambda:", (lambda o: sys.getrefcount(o))(fresh))
print("getrefcount is a builtin:", type(sys.getrefcount).__name__, sys.getrefcount.__name__)
