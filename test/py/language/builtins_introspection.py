# isinstance/issubclass with tuples, getattr default, hasattr, setattr/delattr, vars and dir of a simple class.
class Animal:
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Bird(Animal):
    legs = 2


b = Bird("tweety")
print(isinstance(b, Animal), isinstance(b, (int, Bird)), isinstance(3, (str, (float, int))), isinstance(True, int))
print(issubclass(Bird, Animal), issubclass(Bird, (str, object)), issubclass(bool, int), issubclass(Animal, Animal))
print(getattr(b, "name"), getattr(b, "wings", 2), hasattr(b, "speak"), hasattr(b, "fly"))
setattr(b, "color", "yellow")
print(vars(b), vars(Bird)["legs"], "speak" in vars(Animal), "speak" in vars(Bird))
delattr(b, "color")
print([n for n in dir(b) if not n.startswith("__")], [n for n in dir(Bird) if not n.startswith("__")])
print(dir(Animal) == sorted(dir(Animal)), len(dir(object)), dir(b)[:3])
errors = [
    lambda: getattr(b, "wings"),
    lambda: isinstance(b, "Bird"),
    lambda: issubclass(b, Animal),
    lambda: vars(5),
    lambda: getattr(b, 5),
    lambda: delattr(b, "nothing"),
]
for call in errors:
    try:
        call()
    except (AttributeError, TypeError) as error:
        print(type(error).__name__, error)
