# Dicts: building, lookups, get/setdefault, counting, iteration over items, deletion.
def main():
    counts = {}
    for i in range(150000):
        k = (i * 7919) % 5003
        counts[k] = counts.get(k, 0) + 1
    index = {}
    for i in range(50000):
        index.setdefault(i % 977, []).append(i)
    squares = {i: i * i for i in range(40000)}
    hits = 0
    for i in range(0, 80000, 3):
        if i in squares:
            hits += squares[i] % 7
    for i in range(0, 40000, 2):
        del squares[i]
    names = {}
    for i in range(20000):
        names['key%d' % (i % 3000)] = i
    total = 0
    for k, v in counts.items():
        total += k * v
    return (len(counts), total, len(index), len(index[5]), hits, len(squares), len(names), names['key42'])


for _ in range(6):
    result = main()
print(*result)
