# ** and pow() on instances: __pow__, __rpow__ (reflected), the three-argument form and __ipow__.
class Power:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __pow__(self, other, modulo=None):
        return f"{self.name}.__pow__({other!r}, {modulo!r})"

    def __rpow__(self, other, modulo=None):
        return f"{self.name}.__rpow__({other!r}, {modulo!r})"


class InPlace(Power):
    def __ipow__(self, other):
        return f"{self.name}.__ipow__({other!r})"


a, b = Power("a"), Power("b")
print(a ** 2, 2 ** a, pow(a, 3), pow(a, 3, 5), a ** b)
x = InPlace("x")
x **= 4
y = Power("y")
y **= 4
print(x, y)


class NoPower:
    pass


for attempt in (lambda: NoPower() ** 2, lambda: 2 ** NoPower(), lambda: pow(NoPower(), 2, 3)):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)
