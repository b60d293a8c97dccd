# Deleting the last reference to nested containers frees everything below it, in container order.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


print("list of tuples:")
data = [(Tracked("t0a"), Tracked("t0b")), (Tracked("t1a"), Tracked("t1b"))]
del data
print("dict of lists:")
data = {"x": [Tracked("x0"), Tracked("x1")], "y": [Tracked("y0")]}
del data
print("tuple of dicts:")
data = ({"a": Tracked("a"), "b": Tracked("b")}, {"c": Tracked("c")})
del data
print("list holding a shared item twice and a unique one:")
shared = Tracked("shared")
data = [shared, Tracked("unique"), shared]
del shared
del data
print("inner list still referenced from outside survives:")
inner = [Tracked("inner item")]
data = [Tracked("outer item"), inner]
del data
print("inner list released:")
del inner
print("end")
