# cmp_to_key's KeyWrapper and reduce are C code in CPython (Modules/_functoolsmodule.c): the
# wrapper is a 32-byte GC object referencing its comparison function and object; reduce keeps
# one argument tuple for its calls, reusing it while nobody else holds it.
import functools
import gc
import sys


def cmp(a, b):
    return (a > b) - (a < b)


K = functools.cmp_to_key(cmp)
k = K(5)
print(type(K).__name__, type(K).__module__, sys.getsizeof(K), sys.getsizeof(k))
print([type(o).__name__ for o in gc.get_referents(k)], gc.is_tracked(k))
print(k.obj, K.obj, k < K(6), k == K(5), k >= K(7), k != K(5))
try:
    hash(k)
except TypeError as e:
    print("TypeError:", e)
try:
    k < 5
except TypeError as e:
    print("TypeError:", e)
try:
    K < K
except AttributeError as e:
    print("AttributeError:", e)
try:
    K()
except TypeError as e:
    print("TypeError:", e)
print(K(obj=3).obj)
k.obj = 9
print(k.obj)
try:
    type(K)(cmp)
except TypeError as e:
    print("TypeError:", e)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
print(functools.cmp_to_key(mycmp=cmp)(1).obj)
try:
    functools.cmp_to_key()
except TypeError as e:
    print("TypeError:", e)

seen = []


def add(a, b):
    seen.append((sys.getrefcount(a), sys.getrefcount(b)))
    return a + b


x = 1000 + len(seen)
items = [x * 10, x * 20, x * 30]
print(functools.reduce(add, items, x), seen)
kept = []


def keep_args(*args):
    kept.append(args)
    return args[0]


print(functools.reduce(keep_args, [1, 2, 3]), [len(a) for a in kept], kept[0] is kept[1])
try:
    functools.reduce(add, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.reduce(add)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.reduce(add, [], initial=1)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.reduce(add, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(add, [], 7), functools.reduce(add, [8]), functools.reduce.__name__, functools.cmp_to_key.__module__)
