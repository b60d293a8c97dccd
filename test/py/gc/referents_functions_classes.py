# What functions, classes, modules, bound methods and cells refer to (their traverse).
import gc


def outer():
    secret = [1]

    def f(a, b=[]):
        return secret
    return f


f = outer()
kinds = sorted(type(x).__name__ for x in gc.get_referents(f))
print("function:", kinds)


class K:
    attr = 1


kref = gc.get_referents(K)
print("class:", sorted(type(x).__name__ for x in kref))
print("class mro and bases are tuples:", [x for x in kref if isinstance(x, tuple) and x[0] is K] != [])
m = K().__init__
print("bound method:", sorted(type(x).__name__ for x in gc.get_referents(m)))
print("module:", [type(x).__name__ for x in gc.get_referents(gc)])
print("builtin type object:", gc.get_referents(int))
cell = f.__closure__[0]
print("cell:", gc.get_referents(cell))
