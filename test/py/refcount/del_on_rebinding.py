# __del__ runs at the exact statement that drops the last reference: rebinding, del, None, reassignment of items.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


x = Tracked("A")
print("rebinding x:")
x = Tracked("B")
print("x = None:")
x = None
print("two names, del one:")
y = z = Tracked("C")
del y
print("del the other:")
del z
print("replace a list item:")
lst = [Tracked("D")]
lst[0] = "replaced"
print("replace a dict value:")
d = {"k": Tracked("E")}
d["k"] = 0
print("attribute rebound:")


class Box:
    pass


box = Box()
box.content = Tracked("F")
box.content = Tracked("G")
print("object holding G deleted:")
del box
print("expression statement result dropped at once:")
Tracked("H")
print("end")
