# functools.lru_cache: hits and misses, eviction of the least recently used entry, typed keys, cache_clear.
import functools

@functools.lru_cache(maxsize=2)
def square(n):
    print("  computing", n)
    return n * n

print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@functools.lru_cache(maxsize=8, typed=True)
def kind(x):
    print("  miss for", repr(x))
    return type(x).__name__

print(kind(1), kind(1.0), kind(1), kind.cache_info().currsize)

@functools.cache
def keyed(a, b=0):
    print("  miss", a, b)
    return a + b

print(keyed(1), keyed(1, b=0), keyed(a=1), keyed(1), keyed.cache_info())
