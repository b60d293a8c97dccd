# lambda: defaults, keyword-only and *args parameters, closures, conditional bodies, __name__.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=0, a=5), add.__name__, add.__qualname__)
variadic = lambda *args, sep="-", **kw: sep.join(map(str, args)) + str(sorted(kw))
print(variadic(1, 2, 3), variadic(sep="+"), variadic(1, x=2))
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 3)])
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4), (lambda: "immediately")(), (lambda *a: a)())
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0] * 2, pairs)))
print(list(filter(lambda p: p[0] > 1, pairs)))
funcs = {"sq": lambda x: x * x, "neg": lambda x: -x}
print({name: f(5) for name, f in funcs.items()})
print(add.__code__.co_argcount, add.__defaults__, (lambda: None)() is None)


class K:
    method = lambda self: "lambda as method"


print(K().method(), K.method.__qualname__)
