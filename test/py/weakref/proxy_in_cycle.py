# Proxies do not keep their referent alive, so a structure that links back through proxies is
# freed by reference counting alone.
import gc
import weakref


class Parent:
    def __init__(self):
        self.children = []

    def __del__(self):
        print("  parent freed")


class Child:
    def __init__(self, parent):
        self.parent = weakref.proxy(parent)
        parent.children.append(self)

    def __del__(self):
        print("  child freed")


gc.collect()
p = Parent()
Child(p)
Child(p)
print("parent name via a child's proxy:", type(p.children[0].parent).__name__)
del p
print("collect() ->", gc.collect())
