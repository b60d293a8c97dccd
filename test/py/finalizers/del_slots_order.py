# __slots__ values are released most derived class first, each class's slots in sorted name
# order, then the __dict__ values.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


class Base:
    __slots__ = ("zeta", "alpha")


class Derived(Base):
    __slots__ = ("beta", "__dict__")


o = Derived()
o.zeta, o.alpha, o.beta = Noisy("zeta"), Noisy("alpha"), Noisy("beta")
o.extra = Noisy("extra (dict)")
del o
print("end")
