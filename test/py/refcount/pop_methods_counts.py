# pop() moves the container's reference to the caller: the count stays while the result is bound.
import sys
from collections import deque

obj = ["popped"]
lst = [obj]
d = {"k": obj}
print("list + dict + name:", sys.getrefcount(obj))
x = lst.pop()
print("after x = lst.pop():", sys.getrefcount(obj))
lst.append(obj)
lst.pop()
print("popped and discarded:", sys.getrefcount(obj))
y = d.pop("k")
print("after y = d.pop('k'):", sys.getrefcount(obj))
del x, y
print("names deleted:", sys.getrefcount(obj))
d["a"] = obj
k, v = d.popitem()
print("popitem result unpacked:", sys.getrefcount(obj))
del k, v
q = deque([obj, obj])
print("deque with two:", sys.getrefcount(obj))
q.popleft()
z = q.pop()
print("deque popleft discarded, pop bound:", sys.getrefcount(obj))
print("d.pop with a default returns the default:", d.pop("zz", obj) is obj, sys.getrefcount(obj))
