# What gc.collect() counts: every container in the garbage, but not the atoms (ints, strs)
# freed together with them.
import gc


class Node:
    def __init__(self, payload):
        self.payload = payload
        self.other = None


gc.collect()
a = Node("x" * 100)
b = Node(12345678901234567890)
a.other, b.other = b, a
del a, b
print("two nodes with atomic payloads:", gc.collect())
a = Node([1, 2, 3])
b = Node({"k": [4]})
a.other, b.other = b, a
del a, b
print("two nodes with container payloads:", gc.collect())
a = Node((1, 2))
a.other = a
del a
print("a node with a constant tuple payload:", gc.collect())
