# Allocation-heavy: growing lists and dicts (repeated resizes), then clearing and regrowing them.
def main():
    total = 0
    for round_ in range(8):
        lst = []
        for i in range(150000):
            lst.append(i)
        nested = []
        for i in range(20000):
            nested.append([i] * (i % 8))
        d = {}
        for i in range(60000):
            d[i] = i
        sd = {}
        for i in range(20000):
            sd[str(i)] = i
        total += len(lst) + len(nested) + len(d) + len(sd) + sum(len(x) for x in nested)
        lst.clear()
        d.clear()
        del nested, sd
    return (total,)


result = main()
print(*result)
