# gc.get_count() right after a full collection, and after allocating containers
# (test_gc.test_get_count). Readings are stored and printed at the end.
import gc

gc.collect()
a, b, c = gc.get_count()
x = []
d, e, f = gc.get_count()
y = [[] for _ in range(20)]
g, h, i = gc.get_count()
print("older generations after a full collection:", (b, c), (e, f), (h, i))
print("generation 0 grew with the list:", d > a)
print("twenty more lists counted:", g - d >= 20)
