# Loop variables inside comprehensions hold a reference only while the comprehension runs.
import sys

a = ["a"]
b = ["b"]
items = [a, b, a]
print("a before:", sys.getrefcount(a))
print("inside a list comprehension:", [sys.getrefcount(x) for x in items])
print("after it:", sys.getrefcount(a))
gen = (sys.getrefcount(x) for x in items)
print("generator created, nothing consumed:", sys.getrefcount(a))
print("first value from the generator:", next(gen))
print("a while the generator is suspended holding it:", sys.getrefcount(a))
print("rest:", list(gen))
print("a after the generator finished:", sys.getrefcount(a))
copies = [x for x in items]
print("list comprehension copy adds its slots:", sys.getrefcount(a))
pairs = {id(x): x for x in items}
print("dict comprehension keeps a once:", sys.getrefcount(a), len(pairs))
print("items list referenced by a running generator:", sys.getrefcount(items), end=" ")
g2 = (x for x in items)
print(sys.getrefcount(items))
