# super objects in cycles: super_traverse visits obj, type and obj_type, so an instance
# keeping a super() bound to itself is collected with it.
import gc

class Base:
    def hello(self):
        return "base"

class Child(Base):
    def __init__(self):
        self.sup = super()

gc.collect()
c = Child()
print("referents:", [type(o).__name__ for o in gc.get_referents(c.sup)])
print(c.sup.hello())
del c
print("instance holding super() of itself:", gc.collect())

gc.collect()
l = []
l.append(super(Child, Child()))
l[0].__thisclass__
del l
print("list holding a super object:", gc.collect())
