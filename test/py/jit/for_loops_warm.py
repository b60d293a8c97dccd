# for loops in warm functions over ranges, lists, tuples, dicts, strings, zip, enumerate,
# generators and custom iterators; break, else, is/is not, None tests.
import sys


def gen(n):
    for i in range(n):
        yield i * i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def walk(seq):
    total = 0
    for v in seq:
        total += v
    return total


def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return None
    return i


def nones(items):
    n = 0
    for x in items:
        if x is None:
            n += 1
        elif x is not True:
            n += 10
    return n


data = list(range(30))
for _ in range(10):
    r = (walk(range(10)), walk(data), walk(tuple(data)), walk({1: 2, 3: 4}), walk(gen(6)), walk(Countdown(5)),
         find('abcdef', 'e'), find(data, 99), nones([None, True, 0, None, 'x']))
print(r)
print(walk(zip(data, data)) if False else sum(a * b for a, b in zip(data, data)))
lst = [1, 2, 3]
before = sys.getrefcount(lst)
for _ in range(20):
    walk(lst)
print(before == sys.getrefcount(lst))
it = iter(data)
print(walk(it), list(it))
try:
    walk([1, 2, 'x'])
except TypeError as e:
    print(e)
walk(Countdown(3) if False else 5)
