# What *args and **kwargs hold: a tuple and a fresh dict in call order, even when unpacking.
def capture(*args, **kwargs):
    return args, kwargs


args, kwargs = capture()
print(type(args).__name__, args, type(kwargs).__name__, kwargs)
lst = [1, 2, 3]
args, _ = capture(*lst)
print(args, type(args).__name__, args == tuple(lst))
source = {"b": 2, "a": 1}
_, kwargs = capture(**source)
print(kwargs, kwargs is source, list(kwargs))
_, kwargs = capture(z=1, a=2, m=3)
print(list(kwargs))


def mixed(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra


print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(*[1, 2, 3], c=0, **{"d": 9, "f": 7}))
code = mixed.__code__
print(code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
print(bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))
