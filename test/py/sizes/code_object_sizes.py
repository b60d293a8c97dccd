# A code object is 184 bytes plus 2 per code unit (instructions, inline caches, EXTENDED_ARGs), rounded up to 8.
import sys


def empty():
    pass


def adder(a, b):
    c = a + b
    return c * 2


def looping(n):
    total = 0
    for i in range(n):
        total += i
    return total


for f in (empty, adder, looping, lambda: 0):
    print(f.__code__.co_name, sys.getsizeof(f.__code__))
big = compile("x = 0\n" + "x = x + 1\n" * 200, "<big>", "exec")
print("200 statements:", sys.getsizeof(big))
print("code.__basicsize__, __itemsize__:", type(empty.__code__).__basicsize__, type(empty.__code__).__itemsize__)
