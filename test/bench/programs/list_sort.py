# Lists: building by append and comprehension, slicing, sorting with and without a key, reversing.
def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def main():
    data = lcg(42, 60000)
    total = 0
    for _ in range(3):
        a = sorted(data)
        b = sorted(data, key=lambda v: -v)
        c = [v * 2 for v in a if v % 3]
        d = a[::2] + b[1::2]
        d.sort()
        d.reverse()
        total += a[100] + b[100] + len(c) + d[0] + sum(c[:1000])
    pairs = [(v % 100, v) for v in data[:20000]]
    pairs.sort()
    return (total, pairs[0], pairs[-1], max(data), min(data))


for _ in range(2):
    result = main()
print(*result)
