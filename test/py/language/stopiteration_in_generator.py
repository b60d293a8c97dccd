# PEP 479: a StopIteration escaping a generator body becomes RuntimeError; return ends it cleanly.
def leaky():
    yield 1
    next(iter([]))
    yield 2


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as error:
    print("RuntimeError:", error, "| cause:", repr(error.__cause__))


def first_items(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return


print(list(first_items(["ab", "cd", "", "ef"])))


def returns_value():
    yield "x"
    return "the value"


print(list(returns_value()))
try:
    list(leaky())
except RuntimeError as error:
    print("list() sees RuntimeError:", error)
