# Cells in cycles: a closure's cell holding the function itself, a cell holding a list that
# holds the function, and two closures over each other.
import gc

gc.collect()
def make():
    def rec(n):
        return rec(n - 1) if n else 0
    return rec
r = make()
print("cell referents:", [type(o).__name__ for o in gc.get_referents(r.__closure__[0])])
del r
print("recursive closure (function, cell, closure tuple):", gc.collect())

gc.collect()
def make2():
    box = []
    def f():
        return box
    box.append(f)
    return f
f = make2()
del f
print("closure over a list holding the function:", gc.collect())

gc.collect()
def pair():
    def a():
        return b
    def b():
        return a
    return a
a = pair()
del a
print("two closures over each other:", gc.collect())
