# functools.partial and lru_cache as CPython's C types behave: reprs, errors, cache_info,
# typed keys, methods, pickling support, copy.
import copy
import functools
from functools import partial


def f(*args, **kwargs):
    return args, kwargs


def show(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


p = partial(f, 1, "a", x=2)
print(repr(p).replace(hex(id(f)), "ADDR"))
print(p(3, y=4))
print(p(x=5))
print(partial(f)(), partial(f, 1)(), partial(f)(1, 2, 3, 4, 5, 6, 7))
print(partial(f, 1, 2, 3, 4, 5, 6)(7, 8, k=9))
show(partial)
show(partial, 1)
print(repr(partial(f, 1, x=1)).replace(hex(id(f)), "ADDR"))
print(partial(f, 1).__reduce__()[2][1:])
print(partial(f, 1, a=2).__reduce__()[2][1:])
q = partial(f)
q.__setstate__((f, (9,), {"z": 1}, {"attr": 2}))
print(q.args, q.keywords, q.attr)
q.__setstate__((f, (8,), None, None))
print(q.args, q.keywords, q.__dict__)


class T(tuple):
    pass


q.__setstate__((f, T((7,)), {}, None))
print(type(q.args).__name__, q.args)
show(q.__setstate__, (f, (), {}))
show(q.__setstate__, (1, (), {}, None))
show(q.__setstate__, [f, (), {}, None])
show(setattr, p, "func", f)
print(partial[int])


class Sub(partial):
    pass


print(repr(Sub(len, "abc")).replace(hex(id(len)), "ADDR"), Sub(len, "abc")())
r = partial(f)
r2 = partial(r, r)
print(repr(partial(print, r.args)))
loop = partial(f)
loop.__setstate__((f, (loop,), {}, None))
print(repr(loop).replace(hex(id(f)), "ADDR"))
print(copy.copy(p).args, copy.deepcopy(p).keywords)


class A:
    m = partial(f, 0)

    @functools.lru_cache(maxsize=None)
    def cached(self, x):
        return x * 2


a = A()
print(a.m(1))
print(a.cached(3), a.cached(3), A.cached.cache_info())
print(type(A.__dict__["cached"]).__name__, A.cached.__wrapped__.__name__, A.cached.__name__)


@functools.lru_cache(maxsize=3, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())
print(typed.cache_parameters())


@functools.lru_cache
def plain(x, y=1):
    return x + y


print(plain(1), plain(1, y=1), plain(1, 1), plain(y=1, x=1), plain.cache_info())
print(plain.cache_parameters(), plain.__wrapped__.__name__)
show(plain, [1])
show(functools.lru_cache, "x")
show(functools.lru_cache(maxsize=None), 1)
print(functools.lru_cache(maxsize=-5)(len).cache_info())
print(type(plain).__name__, type(plain).__module__, plain.__reduce__())
print(copy.copy(plain) is plain, copy.deepcopy(plain) is plain)
print(plain.cache_clear(), plain.cache_info())
info = plain.cache_info()
print(type(info).__name__, info._fields, info.hits)


@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(10), fact.cache_info())
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a + b, [], 7))
show(functools.reduce, lambda a, b: a, [])
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
