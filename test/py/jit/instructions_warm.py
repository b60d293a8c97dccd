# The instructions of warm functions and methods beyond arithmetic: attributes, methods,
# subscripts, displays, f-strings, calls with keywords and stars, closures, globals, and/or,
# unpacking, slices, del, unary operators, containment.
import sys

counter = 0


def bump(k=1):
    global counter
    counter += k
    return counter


def make_acc(start):
    total = start

    def add(x, *more, scale=1, **kw):
        nonlocal total
        total += (x + sum(more)) * scale + len(kw)
        return total
    return add


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Q:
    def __init__(self, v):
        self.v = v
        self.tags = {'v': v}


def work(n):
    acc = make_acc(n)
    out = []
    for i in range(n):
        p = P(i, -i)
        q = Q(i)
        q.v += p.norm1()
        first, *rest = [i, i + 1, i + 2]
        a, (b, c) = i, (rest[0], rest[-1])
        d = {'k': i, **q.tags}
        s = {i % 3, 1}
        t = (*rest, first)
        name = f'{i:03d}|{q.v!r:>4}|{"x" * (i % 3)}'
        flag = (i % 2 and 'odd') or 'even'
        neg = -i + ~i + +i
        sl = out[1:3] + out[::-2][:1]
        kw = {'scale': 2}
        acc(i, *t, **kw, extra=None)
        bump(k=i)
        if i in s and not (i not in d.values()):
            out.append((name, flag, a + b + c, neg, len(sl), sorted(s)))
        del p
    return out[-3:], acc(0), counter


print(work(20))
print(work(5))
print(sys.getrefcount(work))
r = work(12)
print(r[0][0], r[1], r[2])
