# property with getter, setter and deleter; read-only properties and their AttributeError messages.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        print("  get")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("  set", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  delete")
        del self._celsius

t = Temperature(20)
print(t.celsius)
t.celsius = 100
print(t._celsius)
try:
    t.celsius = -300
except ValueError as error:
    print("ValueError:", error)
del t.celsius
print(hasattr(t, "_celsius"))
try:
    t.celsius
except AttributeError as error:
    print("AttributeError:", error)
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, prop.fget.__name__, prop.fset is not None, prop.fdel is not None)
