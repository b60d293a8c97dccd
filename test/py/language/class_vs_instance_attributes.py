# Class attributes are shared until an instance assignment shadows them; mutable ones stay shared.
class Dog:
    kind = "canine"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)


a, b = Dog("Rex"), Dog("Fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, Dog.tricks, a.tricks is Dog.tricks)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind, sorted(vars(a)), sorted(vars(b)))
Dog.kind = "dog"
print(a.kind, b.kind)
del a.kind
print(a.kind)
try:
    del a.kind
except AttributeError as error:
    print("AttributeError:", error)
print(hasattr(Dog, "name"), hasattr(a, "name"), getattr(Dog, "name", "no class attribute"))
a.tricks = ["own"]
print(a.tricks, b.tricks, Dog.tricks)
