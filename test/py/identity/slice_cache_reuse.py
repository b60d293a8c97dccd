# The interpreter keeps one dead slice object for reuse: a new slice takes it when the previous one has died.
a = slice(1, 2)
i = id(a)
del a
b = slice(3, 4)
print("second slice reuses the first:", id(b) == i)
c = slice(5, 6)
print("while b lives, c is another object:", id(c) != id(b))
lst = list(range(10))
del b, c
print(lst[2:5], lst[::3])
d = slice(7, 8)
print("slices made by subscripts went back to the cache:", id(d) == i)
