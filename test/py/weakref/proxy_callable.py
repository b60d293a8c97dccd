# proxy() of a callable object gives a CallableProxyType; calling it calls the referent.
import weakref


def add(a, b=10):
    return a + b


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


pf = weakref.proxy(add)
print(type(pf).__name__, pf(1), pf(1, b=2), pf.__name__)
c = Counter()
pc = weakref.proxy(c)
print(type(pc).__name__, pc(), pc(step=5), c.n)
plain = weakref.proxy(weakref)
print("module proxy type:", type(plain).__name__)
try:
    type(pc)(c)
except TypeError as error:
    print("TypeError:", error)
print("a proxy to a proxy? ", end="")
try:
    weakref.proxy(pc)
except TypeError as error:
    print("TypeError:", error)
