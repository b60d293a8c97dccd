# Dead lists go on a free list (up to 80) that hands them out last-in, first-out, before any new memory.
import gc

gc.collect()
a, b, c = [1], [2], [3]
ids = [id(a), id(b), id(c)]
del a
del b
del c
x = []
y = []
z = []
print("reused last-freed first:", [id(x), id(y), id(z)] == ids[::-1])
w = []
print("a fourth list is new memory:", id(w) not in ids)
