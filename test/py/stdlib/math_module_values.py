# math: results and their types for ints, big ints, bools, floats and objects with __float__/__index__/__floor__.
import math


class Half:
    def __float__(self):
        return 0.5


class Seven:
    def __index__(self):
        return 7


class Rounds:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


def show(*values):
    print(*[f"{v!r}:{type(v).__name__}" for v in values])


show(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
show(math.floor(2.5), math.floor(-2.5), math.floor(7), math.floor(True), math.floor(10 ** 30), math.floor(Half()), math.floor(Seven()))
show(math.ceil(2.1), math.ceil(-2.1), math.ceil(False), math.ceil(1e20), math.trunc(-3.9), math.trunc(True), math.trunc(10 ** 25))
show(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()), math.floor(1e300) == 10 ** 300)
show(math.sqrt(Half()), math.sqrt(Seven()), math.sqrt(True), math.sqrt(10 ** 300), math.exp(Seven()), math.fabs(-Seven().__index__()))
show(math.factorial(Seven()), math.factorial(True), math.factorial(0), math.factorial(25), math.isqrt(Seven()), math.isqrt(10 ** 41))
show(math.gcd(), math.gcd(-12), math.gcd(True), math.gcd(12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.gcd(Seven(), 21))
show(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(0, 5), math.lcm(2 ** 70, 3 ** 40), math.lcm(*range(1, 25)))
show(math.comb(10, 3), math.comb(3, 10), math.comb(60, 30), math.comb(10 ** 6, 3), math.perm(10, 3), math.perm(7), math.perm(3, 10), math.perm(5, 0))
show(math.log(8, 2), math.log(10 ** 400), math.log(2 ** 1000, 2), math.log(True, 3), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(Half()))
show(math.log1p(1e-20), math.log2(Seven()), math.log10(0.001), math.log(math.inf), math.exp(-1000), math.expm1(1e-10))
show(math.prod([]), math.prod([], start=2.5), math.prod([True, True]), math.prod([2, 3], start=True), math.prod([1.5, 2]), math.prod(range(1, 25)))
show(math.prod(["ab", 3]), math.prod([3], start="x"), math.prod([2, Half().__float__()]), math.prod(iter([2, 3, 4]), start=-1))
show(math.fsum([0.1] * 10), math.fsum(iter([1e100, 1.0, -1e100])), math.fsum([]), math.fsum([True, 2, 0.5]), math.fsum([math.inf, 1]))
show(math.hypot(), math.hypot(3, 4), math.hypot(-3), math.hypot(1e308, 1e308), math.hypot(math.inf, math.nan), math.hypot(True, 2 ** 60))
show(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], iter([4, 5, 6])), math.dist((), ()), math.dist(range(3), (1, 1, 1)))
show(math.frexp(8.0), math.frexp(0.0), math.frexp(-math.inf), math.modf(-3.25), math.modf(math.inf), math.modf(5))
show(math.ldexp(0.5, 4), math.ldexp(3, 5), math.ldexp(1.5, -1074), math.ldexp(-2.0, -1080), math.ldexp(1.0, -10 ** 30), math.ldexp(1, True))
show(math.isclose(1, 1.0000000001), math.isclose(a=1, b=1.1, rel_tol=0.2), math.isclose(math.inf, math.inf), math.isclose(0, 1e-10, abs_tol=1e-9))
show(math.isfinite(10 ** 300), math.isinf(-math.inf), math.isnan(Half()), math.copysign(3, -0.0), math.copysign(-2, Seven()))
show(math.atan2(1, 1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.fmod(-7, 3), math.fmod(1, math.inf))
show(math.remainder(7, 4), math.remainder(-5, 2), math.remainder(5, math.inf), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(math.nan, 0))
show(math.nextafter(1, 2), math.nextafter(0, -1), math.nextafter(2, 2), math.ulp(1), math.ulp(-0.0), math.ulp(math.inf), math.ulp(1e308))
show(math.degrees(math.pi), math.radians(180), math.cbrt(27), math.cbrt(-8), math.exp2(10), math.erf(0.5), math.erfc(0.5))
show(math.gamma(5), math.gamma(0.5), math.gamma(-0.5), math.lgamma(10), math.lgamma(-2.5), math.gamma(171.5) if False else math.gamma(171))
show(math.sin(0), math.cos(0), math.tan(0.5), math.asin(1), math.acos(-1), math.atan(math.inf), math.sinh(1), math.cosh(1), math.tanh(20))
show(math.asinh(1), math.acosh(1), math.atanh(0.5), math.sqrt(-0.0), math.fabs(-0.0), math.exp(0))
for name in ["sqrt", "floor", "gcd", "prod", "isclose", "log", "dist", "hypot"]:
    print(getattr(math, name))
print(math.__name__, math.__doc__)
