# A generator expression evaluates its first iterable immediately, everything else lazily.
def source(name, n):
    print("  building", name)
    return range(n)


gen = (x * y for x in source("outer", 2) for y in source("inner", 2))
print("created")
print(list(gen))
print(list(gen))

data = [1, 2, 3]
squares = (x * x for x in data)
data = [10, 20]
print(list(squares))
factor = 2
scaled = (x * factor for x in range(3))
factor = 100
print(list(scaled))
g = (x for x in range(3))
print(type(g).__name__, g.__name__, next(g), list(g))
print(sum(x for x in range(5)), max((len(w), w) for w in ["bb", "a", "ccc"]))
print(tuple(c.upper() for c in "abc"), "".join(str(i) for i in range(4)))
try:
    (1 / x for x in [0])
    list(1 / x for x in [0])
except ZeroDivisionError as error:
    print("ZeroDivisionError only when consumed:", error)
