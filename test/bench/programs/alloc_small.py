# Allocation-heavy: many small short-lived objects (tuples, lists, dicts, floats, instances, strs)
# freed soon after, with a ring of survivors so blocks are freed and reused out of order.
class Item:
    def __init__(self, k, v):
        self.k = k
        self.v = v


def main():
    ring = [None] * 1024
    total = 0
    for i in range(60000):
        t = (i, i + 1)
        l = [i, t]
        d = {"a": i, "b": l}
        f = i * 0.5
        s = str(i)
        it = Item(s, f)
        ring[i & 1023] = (t, l, d, it)
        total += len(d) + len(s) + t[1]
    return total, len(ring), ring[5][3].k


for _ in range(5):
    result = main()
print(*result)
