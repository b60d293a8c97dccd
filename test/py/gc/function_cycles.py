# Functions and their globals: a function created by exec() in a fresh namespace forms a cycle
# with that namespace (test_gc.test_function).
import gc

gc.collect()
d = {}
exec("def f(): pass\n", d)
print("names in the namespace:", sorted(k for k in d if k != "__builtins__"))
del d
print("function + its globals dict:", gc.collect())


def outer():
    def inner():
        return inner
    return None


outer()
print("a closure that names itself:", gc.collect())


def make_pair():
    def a():
        return b

    def b():
        return a
    return None


make_pair()
print("two closures naming each other:", gc.collect())
