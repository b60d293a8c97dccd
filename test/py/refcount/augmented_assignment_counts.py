# Augmented assignment: in-place on lists keeps the object, on tuples and ints builds a new one.
import sys

item = ["item"]
lst = [item]
alias = lst
lst += [item, item]
print("list += keeps the list:", lst is alias, "list refs:", sys.getrefcount(lst), "item refs:", sys.getrefcount(item))
lst *= 2
print("list *= 2:", sys.getrefcount(item))
t = (item,)
old = t
t += (item,)
print("tuple += makes a new tuple:", t is not old, "item refs:", sys.getrefcount(item))
del old
print("old tuple gone:", sys.getrefcount(item))
n = int("1000000")
m = n
n += 1
print("int += rebinds:", n is not m, sys.getrefcount(m))
s = set()
s |= {tuple(item)}
fs = frozenset()
fs_before = fs
fs |= {1}
print("set |= in place, frozenset |= new:", fs is not fs_before)


class Acc:
    def __init__(self):
        self.total = []


a = Acc()
a.total += [item]
print("attribute += :", sys.getrefcount(item), len(a.total))
