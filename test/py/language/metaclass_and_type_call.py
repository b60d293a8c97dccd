# type(name, bases, dict) builds classes; a metaclass customises class creation and instance calls.
Point = type("Point", (), {"x": 0, "show": lambda self: "Point(x=%d)" % self.x})
p = Point()
p.x = 3
print(Point.__name__, Point.__bases__, p.show(), type(Point).__name__, type(type).__name__)


class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        print("  Meta.__new__", name, sorted(k for k in namespace if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, namespace)
        cls.created_by = mcls.__name__
        return cls

    def __call__(cls, *args):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("  Meta.__prepare__", name)
        return {"injected": True}


class Model(metaclass=Meta, flag=1):
    field = 1

    def __init__(self, v):
        self.v = v


class Child(Model):
    pass


m = Child(5)
print(m.v, Child.created_by, Child.injected, type(Child).__name__, isinstance(Child, Meta))
print(type(5) is int, type("s")("abc"), type(m).__mro__[1].__name__)
