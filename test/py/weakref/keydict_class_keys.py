# A WeakKeyDictionary keyed by classes: a class created and dropped in a function disappears
# from it once the collector frees the class's cycle.
import gc
import weakref

gc.collect()
registry = weakref.WeakKeyDictionary()


def register_temp():
    class Temp:
        pass
    registry[Temp] = "temporary"


class Permanent:
    pass


registry[Permanent] = "permanent"
register_temp()
print("before a collection:", sorted(registry.values()))
gc.collect()
print("after a collection:", sorted(registry.values()))
