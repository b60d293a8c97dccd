# Deeply nested containers die without exhausting the stack (the trashcan), and a deep chain
# in a cycle is collected in one go (test_gc.test_trashcan).
import gc

gc.collect()
t = []
for i in range(50000):
    t = [t]
del t
print("50000 nested lists freed by refcounting:", gc.collect())
head = []
node = head
for i in range(3000):
    node.append([])
    node = node[0]
node.append(head)
del head, node
print("a cycle through 3001 nested lists:", gc.collect())
d = {}
for i in range(2000):
    d = {"next": d}
d["self"] = d
del d
print("2000 nested dicts ending in a self-reference:", gc.collect())
