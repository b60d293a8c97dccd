# math: constants, rounding functions, gcd/lcm/isqrt/comb/perm/factorial, fsum, isclose, domain errors.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan, math.isnan(math.nan), math.isinf(-math.inf))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.floor(3), type(math.floor(2.0)).__name__)
print(math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 20), math.pow(2, 10), math.exp(0), math.log(math.e))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.factorial(20))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([]))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0))
print(math.sin(0), math.cos(math.pi), round(math.sin(math.pi / 6), 12), math.degrees(math.pi), math.atan2(1, 1))
print(math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.fabs(-2), math.remainder(7, 4))
for call in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5),
             lambda: math.exp(1000), lambda: math.isqrt(-4)):
    try:
        call()
    except (ValueError, TypeError, OverflowError) as error:
        print(type(error).__name__, error)
