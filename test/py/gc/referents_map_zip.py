# map and zip keep their iterators in a tuple (map_traverse visits iters then func;
# zip_traverse visits ittuple then the result tuple it reuses).
import gc

def kinds(o):
    return [type(x).__name__ for x in gc.get_referents(o)]

def f(x):
    return x

print("map", kinds(map(f, [1], (2,))))
print("zip", kinds(zip([1], (2,))))
z = zip([1], [2])
next(z)
print("zip after next", kinds(z))
