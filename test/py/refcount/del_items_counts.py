# del on items, slices and keys releases the container's references immediately.
import sys

obj = ["item"]
lst = [obj] * 6
print("six list slots:", sys.getrefcount(obj))
del lst[0]
print("del lst[0]:", sys.getrefcount(obj))
del lst[-2:]
print("del lst[-2:]:", sys.getrefcount(obj))
del lst[::2]
print("del lst[::2]:", sys.getrefcount(obj), len(lst))
d = {i: obj for i in range(4)}
print("four dict values:", sys.getrefcount(obj))
del d[0]
print("del d[0]:", sys.getrefcount(obj))
d.clear()
print("d.clear():", sys.getrefcount(obj))
lst[:] = []
print("lst[:] = []:", sys.getrefcount(obj))
s = {tuple([obj.__class__.__name__])}
t = s.pop()
print("set.pop() hands its reference to the name:", sys.getrefcount(t))
