# Chained assignment binds every target to the same object; swapping exchanges references without copies.
import sys

obj = ["chained"]
print("one name:", sys.getrefcount(obj))
a = b = c = obj
print("a = b = c = obj:", sys.getrefcount(obj), a is b is c is obj)
lst = [None, None]
lst[0] = lst[1] = obj
print("two list slots by chained assignment:", sys.getrefcount(obj))
del a, b, c
lst[:] = []
x = ["x"]
y = ["y"]
before = sys.getrefcount(x), sys.getrefcount(y)
x, y = y, x
after = sys.getrefcount(y), sys.getrefcount(x)
print("swap:", x, y, before, after)
print("while x and y are also arguments of print:", x, y, sys.getrefcount(x), sys.getrefcount(y))
p, q = obj, obj
print("p, q = obj, obj:", sys.getrefcount(obj))
p, q = q, p
print("swapping two references to one object:", sys.getrefcount(obj))
first, *rest = [obj, obj, obj]
print("star unpacking:", sys.getrefcount(obj), len(rest))
