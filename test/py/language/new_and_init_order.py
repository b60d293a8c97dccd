# __new__ creates, __init__ initialises; __init__ must return None; __new__ returning another type skips __init__.
class Traced:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, value):
        print("  __init__", value)
        self.value = value

t = Traced(5)
print(t.value)

class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("  never runs")

print(Other())

class BadInit:
    def __init__(self):
        return 1

try:
    BadInit()
except TypeError as error:
    print("TypeError:", error)
