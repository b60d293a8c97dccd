# super() without arguments, with explicit arguments, in classmethods and in __init__ chains.
class Base:
    def __init__(self, value):
        self.value = value
        print("  Base.__init__", value)

    def describe(self):
        return "Base(%r)" % self.value

    @classmethod
    def create(cls):
        return "Base.create for " + cls.__name__

class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        print("  Child.__init__", extra)

    def describe(self):
        return "Child+" + super().describe()

    @classmethod
    def create(cls):
        return "Child.create -> " + super().create()

class Grandchild(Child):
    def describe(self):
        return "Grandchild+" + super(Child, self).describe()

c = Child(1, 2)
print(c.describe(), Child.create())
g = Grandchild(3, 4)
print(g.describe(), Grandchild.create())
print(super(Grandchild, g).describe())
bound = super(Child, Grandchild)
print(bound.create())
print(type(super(Child, c)).__name__)
