# __getattr__ runs only for missing attributes; __getattribute__ for all; __setattr__/__delattr__ intercept writes.
class Lazy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

obj = Lazy()
print(obj.real, obj.computed_answer)
print(getattr(obj, "missing", "fallback"), hasattr(obj, "nope"))

class Audited:
    def __setattr__(self, name, value):
        print("  set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)

a = Audited()
a.x = 1
a.secret = "stored"
print(a.x, a.secret, a.__dict__)
del a.x
try:
    a.x
except AttributeError as error:
    print("AttributeError:", error)
