# The cyclic collector (issue 4): automatic young-generation collections while a large structure
# of tracked containers (lists, dicts, instances) grows and survives, so each collection
# traverses the young objects and moves the survivors to the older generations.
import gc


class Node:
    def __init__(self, key, children):
        self.key = key
        self.children = children


def main():
    gc.collect()
    before = gc.get_stats()[0]["collections"]
    forest = []
    for i in range(30000):
        leaves = [{"i": i, "j": j} for j in range(3)]
        forest.append(Node(i, leaves))
    young = gc.get_stats()[0]["collections"] - before
    total = sum(len(n.children) for n in forest)
    del forest
    return young > 0, total, gc.collect() >= 0


for _ in range(3):
    result = main()
print(*result)
