# In 3.11 a generator embeds its frame, so its size grows with the code's locals and stack depth.
import sys


def no_locals():
    yield


def three_locals():
    a = b = c = 0
    yield a


def six_locals(p, q, r):
    x = y = z = 0
    yield x


def deep_stack():
    yield max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)


def closure_cell():
    n = 0

    def inner():
        return n
    yield inner


sizes = {f.__name__: sys.getsizeof(f()) for f in (no_locals, three_locals, deep_stack, closure_cell)}
sizes["six_locals"] = sys.getsizeof(six_locals(1, 2, 3))
for name, size in sizes.items():
    print("%-13s %d" % (name, size))
print("generator expression:", sys.getsizeof(x for x in ()), " its code's stacksize:", (x for x in ()).gi_code.co_stacksize)
g = three_locals()
before = sys.getsizeof(g)
next(g)
print("size does not change when it runs:", before == sys.getsizeof(g))
print("coroutine-like def with yield from:", sys.getsizeof((lambda: (yield from ()))()))
