# random: the real-valued distributions with a fixed seed, with int, float, bool and other numeric parameters.
import random


class Num:
    """A number that is not an int or a float: Lib/random.py's arithmetic reaches it through the operators."""

    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __repr__(self):
        return "Num(%r)" % self.v

    def _o(self, o):
        return o.v if isinstance(o, Num) else o

    def __add__(self, o):
        return Num(self.v + self._o(o))

    def __radd__(self, o):
        return Num(self._o(o) + self.v)

    def __sub__(self, o):
        return Num(self.v - self._o(o))

    def __rsub__(self, o):
        return Num(self._o(o) - self.v)

    def __mul__(self, o):
        return Num(self.v * self._o(o))

    def __rmul__(self, o):
        return Num(self._o(o) * self.v)

    def __truediv__(self, o):
        return Num(self.v / self._o(o))

    def __rtruediv__(self, o):
        return Num(self._o(o) / self.v)

    def __mod__(self, o):
        return Num(self.v % self._o(o))

    def __lt__(self, o):
        return self.v < self._o(o)

    def __le__(self, o):
        return self.v <= self._o(o)

    def __gt__(self, o):
        return self.v > self._o(o)

    def __ge__(self, o):
        return self.v >= self._o(o)

    def __eq__(self, o):
        return self.v == self._o(o)

    def __bool__(self):
        return bool(self.v)


r = random.Random(2024)
print(r.uniform(1, 2), r.uniform(-1.5, 7), r.uniform(3, 3), r.uniform(5, 1), r.uniform(True, 3), r.uniform(Num(1), Num(3)))
print(r.triangular(), r.triangular(1, 5), r.triangular(0, 10, 2), r.triangular(3, 3, 3), r.triangular(3, 3), r.triangular(Num(0), Num(4)))
print(r.normalvariate(), r.normalvariate(10, 2), r.normalvariate(Num(1), 2), r.normalvariate(1, Num(0.5)))
print(r.gauss(), r.gauss(), r.gauss(5, 0.5), r.gauss(1, 2), r.gauss(mu=True, sigma=False), r.gauss(Num(1), 2))
print(r.lognormvariate(0, 1), r.lognormvariate(1, 0.25), r.expovariate(1.5), r.expovariate(2), r.expovariate(-1), r.expovariate(Num(3)))
print(r.vonmisesvariate(0, 4), r.vonmisesvariate(1, 0), r.vonmisesvariate(3, 1e-7), r.vonmisesvariate(-1, 100), r.vonmisesvariate(Num(1), 3))
print(r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(2.5, 3), r.gammavariate(100, 0.1), r.gammavariate(0.01, 1), r.gammavariate(7, 1))
print(r.gammavariate(Num(1.5), 1), r.gammavariate(2, Num(2)), r.gammavariate(1.0, Num(3)))
print(r.betavariate(2, 3), r.betavariate(0.5, 0.5), r.betavariate(1, 1), r.paretovariate(3), r.paretovariate(1), r.weibullvariate(1, 1.5), r.weibullvariate(2, 1))
print([round(r.gauss(), 6) for _ in range(8)])
g = random.Random(9)
g.gauss()
g.gauss_next = 3
print(g.gauss(1, 2), g.gauss_next)
g.gauss_next = Num(0.5)
print(g.gauss(1, 2))
print(g.triangular(0, 1, 5) if False else g.triangular(0, 1, 0.999))
for text in ["r.triangular(1, 2, 5)", "r.uniform('a', 'b')", "r.uniform(1, 'b')", "r.triangular(0, 10, 'x')", "r.gauss('a')",
             "r.normalvariate(0, 'x')", "r.expovariate(0)", "r.expovariate('x')", "r.gammavariate(0, 1)", "r.gammavariate(1, -1)",
             "r.gammavariate('a', 1)", "r.betavariate(-1, 1)", "r.paretovariate(0)", "r.weibullvariate(1, 0)",
             "r.vonmisesvariate('a', 1)", "r.vonmisesvariate(0, 'a')", "r.lognormvariate(1000, 1)"]:
    try:
        print(text, "->", eval(text))
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
