# Closures: nested functions, cells, nonlocal, lambdas, functions as values, map/filter/sorted keys.
def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def main():
    adders = [make_adder(i) for i in range(100)]
    total = 0
    for i in range(1500):
        for a in adders:
            total += a(i)
    counter = make_counter()
    for _ in range(100000):
        counter()
    f = compose(make_adder(1), lambda x: x * 2)
    s = 0
    for i in range(60000):
        s += f(i)
    m = sum(map(lambda v: v % 7, filter(lambda v: v & 1, range(100000))))
    return (total, counter(), s, m)


for _ in range(6):
    result = main()
print(*result)
