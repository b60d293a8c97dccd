# Generators: generator functions, pipelines, generator expressions, yield from, send.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def squares(it):
    for v in it:
        yield v * v


def chain(*its):
    for it in its:
        yield from it


def accumulator():
    total = 0
    while True:
        v = yield total
        total += v


def main():
    a = sum(squares(evens(count_up(200000))))
    b = sum(x for x in range(150000) if x % 3 == 0)
    c = 0
    for v in chain(count_up(30000), range(30000), count_up(30000)):
        c += v
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(50000):
        last = acc.send(i)
    return (a, b, c, last)


for _ in range(6):
    result = main()
print(*result)
