# An object's __del__ runs before its attributes are released; chains die head first, then attributes in order.
class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def __del__(self):
        print("  __del__", self.name, "(children still attached: %d)" % len(self.children))


print("chain a -> b -> c:")
head = Node("a", Node("b", Node("c")))
del head
print("tree:")
tree = Node("root", Node("left", Node("left.left")), Node("right"))
del tree


class Pair:
    def __init__(self):
        self.first = Node("first attribute")
        self.second = Node("second attribute")

    def __del__(self):
        print("  __del__ Pair, attributes:", sorted(vars(self)))


print("instance with two attributes:")
p = Pair()
del p
print("attribute removed from a living object:")
q = Pair()
del q.second
print("rebinding the last name:")
q = None
print("end")
