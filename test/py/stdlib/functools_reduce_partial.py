# functools.reduce with and without an initial value; partial objects and how their arguments combine.
import functools

print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 100))
print(functools.reduce(lambda acc, ch: ch + acc, "abc", ""), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as error:
    print("TypeError:", error)
base2 = functools.partial(int, base=2)
print(base2("1010"), base2.func is int, base2.args, base2.keywords)
print(base2("777", base=8), functools.partial(max, 5)(1, 9), functools.partial(max, 5)(1, 2))

def describe(a, b, *rest, sep="-"):
    return sep.join(map(str, (a, b) + rest))

p = functools.partial(describe, 1, sep="+")
pp = functools.partial(p, 2, 3)
print(p(2), pp(), pp(4, sep="*"), pp.func is describe, pp.args, pp.keywords)
try:
    p()
except TypeError as error:
    print("TypeError:", error)
