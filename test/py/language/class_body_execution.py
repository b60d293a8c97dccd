# A class body runs once, top to bottom, at definition; its names are not visible inside methods.
print("before class")

class Registry:
    print("  class body running")
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    total = sum(items)
    label = "total=%d" % total

    def method(self):
        try:
            return total
        except NameError as error:
            return "NameError: " + str(error)

    def good(self):
        return self.total, Registry.label

    if total > 3:
        extra = "defined conditionally"

print("after class")
r = Registry()
print(r.method(), r.good(), Registry.extra, "i" in vars(Registry))
print([k for k in vars(Registry) if not k.startswith("__")])
print(Registry.__module__, Registry.__qualname__, Registry.__doc__)

def factory(n):
    class Local:
        value = n
    return Local

A, B = factory(1), factory(2)
print(A.value, B.value, A is B, A.__qualname__)
