# __set_name__ tells a descriptor its attribute name when the owning class is created.
class Field:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.storage, value.upper())


print("class body starts")


class Person:
    first = Field()
    last = Field()
    print("  class body ends")


p = Person()
print(p.first)
p.first = "ada"
p.last = "lovelace"
print(p.first, p.last, sorted(vars(p)))
print(Person.first.name, type(Person.last).__name__)
late = Field()
Person.middle = late
print(hasattr(late, "name"))
