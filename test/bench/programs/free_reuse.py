# Allocation-heavy: allocate a batch of objects, free all of them, allocate again (the freed
# blocks, pools and free lists are reused); also a churn of half-freed batches.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next):
        self.value = value
        self.next = next


def batch(n):
    return [(i, [i], Node(i, None)) for i in range(n)]


def main():
    total = 0
    for r in range(6):
        b = batch(30000)
        total += len(b)
        del b
    keep = []
    for r in range(6):
        b = batch(15000)
        keep.append(b[::2])
        del b
        if len(keep) > 2:
            keep.pop(0)
    head = None
    for i in range(40000):
        head = Node(i, head)
    n = 0
    while head is not None:
        n += 1
        head = head.next
    return total, sum(len(k) for k in keep), n


result = main()
print(*result)
