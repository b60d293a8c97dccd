# The kernel reuses a finished call's frame for the next call of the same code (kernel/vm/frame.ts
# newFrame, releaseFrame). Frames that something still sees must not be reused: frame objects kept
# by sys._getframe or a traceback, generators, and the reuse must not show anywhere.
import sys


def keep():
    return sys._getframe()


def local_value(x):
    y = x * 2
    return sys._getframe()


frames = [keep() for _ in range(3)]
print(len(set(map(id, frames))), [f.f_code.co_name for f in frames])
f1 = local_value(10)
f2 = local_value(20)
print(f1 is f2, f1.f_locals, f2.f_locals)


def plain(a, b):
    c = a + b
    return c


for i in range(5):
    plain(i, i)
print(plain(1, 2), local_value(3).f_locals)


def fails(n):
    big = [n] * 3
    raise ValueError(n)


tbs = []
for i in range(3):
    try:
        fails(i)
    except ValueError as e:
        tbs.append(e.__traceback__)
for tb in tbs:
    print(tb.tb_next.tb_frame.f_locals)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))
print(local_value(7).f_back.f_code.co_name)


def outer():
    def inner(k):
        return sys._getframe(1).f_code.co_name, k

    return [inner(k) for k in range(2)]


print(outer())


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


objs = [C(i) for i in range(4)]
print([o.get() for o in objs])
print(sum(C(i).get() for i in range(10)))
m = sys.getrefcount(plain.__code__)
for i in range(3):
    plain(i, 1)
print(sys.getrefcount(plain.__code__) - m)


def kw(a, *, b=2, **rest):
    return a, b, rest


print(kw(1), kw(1, b=3, z=4), kw(a=5))
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda v: v + 1, range(3))))


def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1


print(deep(500))
print(frames[0].f_locals, f1.f_lineno, f2.f_back.f_code.co_name)
