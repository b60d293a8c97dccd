# Containers that contain themselves print as [...] and {...}; repr of nested structures.
lst = [1, 2]
lst.append(lst)
print(lst, len(lst), lst[2] is lst, lst[2][2][0])
d = {"a": 1}
d["self"] = d
print(d)
a, b = [], []
a.append(b)
b.append(a)
print(a, b)
mixed = {"list": [1]}
mixed["list"].append(mixed)
print(mixed)
t = ([],)
t[0].append(t)
print(t)


class Node:
    def __init__(self):
        self.children = []

    def __repr__(self):
        return "Node(%r)" % (self.children,)


n = Node()
n.children.append(Node())
print(n, [[[[]]]], {"k": {"k": {}}}, ((),), [()], {1: [2, (3, {4})]})
print(str(lst) == repr(lst), lst == lst)
