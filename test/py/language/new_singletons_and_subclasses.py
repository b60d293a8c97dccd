# __new__ can return an existing instance (singletons) or customise an immutable built-in subclass.
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("  creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("  __init__ runs on every call")

print(Singleton() is Singleton())

class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

u = UpperStr("shout")
print(u, type(u).__name__, u + "!", type(u + "!").__name__, isinstance(u, str), len(u))

class Positive(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))

print(Positive(-5), Positive(-5) + 1, type(Positive(3) * 2).__name__)
try:
    object.__new__(int)
except TypeError as error:
    print("TypeError:", error)
