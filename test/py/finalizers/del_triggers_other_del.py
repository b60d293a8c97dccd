# A finalizer that drops the last reference to another object runs that object's finalizer
# from inside its own.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("  enter __del__", self.name)
        self.child = None
        print("  leave __del__", self.name)


root = Node("root", Node("middle", Node("leaf")))
del root
print("end")
