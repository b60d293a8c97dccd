# math: Argument Clinic's argument errors and the module's own messages, for every kind of function.
import math


class Half:
    def __float__(self):
        return 0.5


class Seven:
    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return "not a float"


def attempt(text):
    try:
        value = eval(text)
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
    else:
        print(text, "->", repr(value))


for text in [
    "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.atan2(1)", "math.atan2(1, 2, 3)", "math.atan2(1, y=2)",
    "math.log()", "math.log(1, 2, 3)", "math.log(x=1)", "math.perm()", "math.perm(1, 2, 3)", "math.isclose()",
    "math.isclose(1, 2, 3)", "math.isclose(1, 2, 3, 4, 5)", "math.isclose(1, b=2, c=3)", "math.isclose(1, 2, a=1)",
    "math.isclose(1, zz=2)", "math.prod()", "math.prod([1], [2])", "math.prod([1], zz=1)", "math.prod(iterable=[1])",
    "math.gcd(x=1)", "math.hypot(x=1)", "math.sqrt('a')", "math.sqrt(None)", "math.sqrt(1j)", "math.sqrt(BadFloat())",
    "math.floor('a')", "math.ceil([])", "math.trunc('a')", "math.trunc(Half())", "math.factorial(2.5)",
    "math.factorial(-3)", "math.factorial(10 ** 20)", "math.factorial('5')", "math.isqrt(-1)", "math.isqrt(2.0)",
    "math.gcd(1.5)", "math.gcd(4, 6.0)", "math.lcm(4, 'a')", "math.comb(10 ** 20, 10 ** 19)", "math.comb(-1, 2)",
    "math.comb(5, -1)", "math.comb(5, 1.0)", "math.perm(5, -1)", "math.perm(-5)", "math.perm(5, 1.5)",
    "math.ldexp(1.0, 1.5)", "math.ldexp('a', 1)", "math.ldexp(1.0, 10 ** 30)", "math.ldexp(1.0, 2000)",
    "math.dist([1], [1, 2])", "math.dist(1, 2)", "math.dist([1, 'a'], [1, 2])", "math.hypot('a')",
    "math.fsum('ab')", "math.fsum(1)", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])",
    "math.fsum([10 ** 400])", "math.prod(1)", "math.prod([2, 1.5, 10 ** 400])", "math.log(0)", "math.log(-10 ** 400)",
    "math.log(1, 1)", "math.log(0, 'a')", "math.log('a')", "math.log2(0)", "math.log10(-1)", "math.sqrt(-1)",
    "math.sqrt(10 ** 400)", "math.exp(1000)", "math.cosh(1000)", "math.acos(2)", "math.atanh(1)", "math.gamma(0)",
    "math.gamma(-1)", "math.gamma(200)", "math.lgamma(0)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)",
    "math.remainder(1, 0)", "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.floor(math.inf)",
    "math.floor(math.nan)", "math.trunc(math.inf)", "math.ceil(-math.inf)", "math.isclose(1, 2, rel_tol=-1)",
    "math.isclose(1, 1, abs_tol='a')", "math.modf('a')", "math.frexp(None)", "math.degrees('x')", "math.ulp('x')",
]:
    attempt(text)
