# gc.get_objects(generation) follows an object as collections promote it
# (test_gc.test_get_objects).
import gc


def where(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]


gc.collect()
l = []
print("new list:", where(l))
gc.collect(0)
print("after collect(0):", where(l))
gc.collect(1)
print("after collect(1):", where(l))
gc.collect(2)
print("after collect(2):", where(l))
print("in get_objects():", any(x is l for x in gc.get_objects()))
print("ints are never there:", any(type(x) is int for x in gc.get_objects()))
result = gc.get_objects(0)
print("the result list excludes itself:", all(x is not result for x in result))
for bad in (3, -2, "0"):
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
