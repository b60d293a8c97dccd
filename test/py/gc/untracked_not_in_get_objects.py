# Objects that are not tracked do not appear in gc.get_objects(): atomic dicts and tuples after
# a collection.
import gc


def contains(o):
    return any(x is o for x in gc.get_objects())


gc.collect()
atomic = {"n": 1}
mixed = {"l": []}
t = tuple([1, 2, 3])
print("atomic dict:", contains(atomic), " dict with a list:", contains(mixed))
print("tuple before a collection:", contains(t))
gc.collect()
print("tuple after a collection:", contains(t))
print("a function:", contains(contains))
