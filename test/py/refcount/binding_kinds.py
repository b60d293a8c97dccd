# Each kind of binding adds exactly one reference: names, attributes, items, keys, set members, tuple slots.
import sys


class Holder:
    pass


obj = ["payload"]
counts = [("one name", sys.getrefcount(obj))]
alias = obj
counts.append(("+ second name", sys.getrefcount(obj)))
h = Holder()
h.attr = obj
counts.append(("+ instance attribute", sys.getrefcount(obj)))
Holder.cls_attr = obj
counts.append(("+ class attribute", sys.getrefcount(obj)))
lst = [obj]
counts.append(("+ list item", sys.getrefcount(obj)))
d = {"value": obj}
counts.append(("+ dict value", sys.getrefcount(obj)))
key = tuple(["key", 1])
before = sys.getrefcount(key)
d2 = {key: None}
s = {key}
fz = frozenset([key])
t = (obj, obj, key)
counts.append(("+ tuple slots twice", sys.getrefcount(obj)))
for label, count in counts:
    print(label + ":", count)
print("tuple key: before", before, "after dict key, set member, frozenset member and tuple slot:", sys.getrefcount(key))
del alias, h, lst, d, t
del Holder.cls_attr
print("after removing all but the name:", sys.getrefcount(obj))
