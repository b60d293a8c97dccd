# Closures capture variables, not values: late binding in loops and the default-argument fix.
late = [lambda: i for i in range(3)]
print([f() for f in late])
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])


def make_adders():
    adders = []
    for n in range(3):
        def add(x):
            return x + n
        adders.append(add)
    n = 100
    return adders


print([a(1) for a in make_adders()])


def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
print(double.__code__.co_freevars, double.__closure__[0].cell_contents)
print(make_multiplier.__code__.co_cellvars)
