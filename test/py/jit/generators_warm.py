# Generators whose code is warm: resumed in their translation, with values on the stack while
# suspended, send/throw/close, yield from, return values, errors and tracebacks, finalizers.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return n * 10


def in_display(n):
    # While suspended, the stack holds the display's first item and the call's callable.
    for i in range(n):
        got = [i, (yield i * 2), i + 1]
        yield len(got), got[1]


def in_call(n):
    for i in range(n):
        yield max(i, (yield i), -1)


def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def delegating(n):
    r = yield from count_up(n)
    r2 = yield from [r, r + 1]
    return (r, r2)


class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n * 100)
        return self.n

    def send(self, v):
        return ("sent", v)


def to_echo():
    r = yield from Echo()
    yield ("returned", r)


def guarded(n):
    for i in range(n):
        try:
            if i % 4 == 3:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield ("caught", e.args[0])
        finally:
            pass


def closing():
    t = Tracked("local")
    try:
        yield 1
        yield 2
    finally:
        print("finally runs, t is", t.name)


def bad(n):
    for i in range(n):
        if i == n - 1:
            raise StopIteration("inside")
        yield i


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def warm():
    out = []
    for k in range(12):
        out.append(sum(count_up(k)))
        g = count_up(k)
        out.append(list(g))
        try:
            next(g)
        except StopIteration as e:
            out.append(e.value)
    print("counts", out[-3:], len(out))
    for k in range(10):
        g = in_display(3)
        res = []
        for v in g:
            res.append(v)
            if isinstance(v, int):
                res.append(g.send(v + 100))
        if k == 9:
            print("display", res)
    for k in range(10):
        g = in_call(3)
        res = [next(g)]
        try:
            while True:
                res.append(g.send(res[-1] * 3))
        except StopIteration:
            pass
        if k == 9:
            print("call", res)
    for k in range(10):
        a = accumulator()
        next(a)
        for i in range(k):
            a.send(i)
        try:
            a.send(None)
        except StopIteration as e:
            last = e.value
    print("accumulated", last)
    for k in range(10):
        res = list(delegating(k))
    print("delegating", res)
    for k in range(10):
        res = list(to_echo())
    print("echo", res)
    for k in range(10):
        res = list(guarded(9))
    print("guarded", res)
    for k in range(10):
        g = tree(3)
        res = list(g)
    print("tree", res)
    print("genexpr", sum(x * x for x in range(100) if x % 3), "".join(str(c) for c in range(12)))


warm()
g = count_up(5)
print(next(g), next(g), g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(g.gi_running, g.throw(ValueError, None, None) if False else "no throw")
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown back:", e, g.gi_frame)
c = closing()
print(next(c))
c.close()
print("closed")
c = closing()
print(next(c))
del c
print("dropped")
payload = Tracked("payload")
def holder():
    x = payload
    yield sys.getrefcount(payload)
    yield sys.getrefcount(x)
for k in range(10):
    h = holder()
    counts = list(h)
print("refcounts", counts, sys.getrefcount(payload))
for k in range(10):
    try:
        list(bad(4))
    except RuntimeError as e:
        err = e
print("RuntimeError:", err, "from", repr(err.__cause__))
for k in range(10):
    c = closing()
    next(c)
    if k % 2:
        c.close()
    else:
        del c
def to_list_iter():
    yield from iter([1, 2])
x = to_list_iter()
next(x)
try:
    x.send(5)
except AttributeError as e:
    print("AttributeError:", e)
def deep(n):
    yield from count_up(n)
    yield 1 // (n - 7)
for k in range(10):
    print(list(deep(k))[-1], end=" ")
print()
