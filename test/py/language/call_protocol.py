# __call__ makes instances callable; callable() checks the type, not the instance.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value, *, twice=False):
        self.calls += 1
        result = value * self.factor
        return result * self.factor if twice else result


triple = Multiplier(3)
print(triple(2), triple(2, twice=True), triple.calls)
print(list(map(triple, [1, 2, 3])), triple.calls)
print(callable(triple), callable(Multiplier), callable(3), callable(len), callable("x".upper))


class Plain:
    pass


p = Plain()
p.__call__ = lambda: "instance attribute"
print(callable(p))
try:
    p()
except TypeError as error:
    print("TypeError:", error)
try:
    triple()
except TypeError as error:
    print("TypeError:", error)
