# In a collected cycle every __del__ runs before any object is cleared, so each finalizer still
# sees its neighbours intact; finalizers run in the order the objects sit in the generation.
import gc


class Link:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print("  __del__", self.name, "-> next is", self.next.name)


gc.collect()
a, b, c = Link("a"), Link("b"), Link("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print("collect() ->", gc.collect())
