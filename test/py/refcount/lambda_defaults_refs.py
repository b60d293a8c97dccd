# Each function object made with a default holds its own reference to the default value.
import sys

default = ["default"]
print("name only:", sys.getrefcount(default))
funcs = [lambda x=default: x for _ in range(4)]
print("four lambdas with it as a default:", sys.getrefcount(default))


def make(value):
    def inner(v=value):
        return v
    return inner


made = make(default)
print("+ one nested function default:", sys.getrefcount(default))
print("default tuples are per function:", funcs[0].__defaults__ is funcs[1].__defaults__)
funcs.pop()
print("one lambda dropped:", sys.getrefcount(default))
funcs[0].__defaults__ = (None,)
print("defaults of one replaced:", sys.getrefcount(default))
kw = [lambda *, k=default: k for _ in range(2)]
print("+ two keyword-only defaults:", sys.getrefcount(default))
del funcs, made, kw
print("all functions gone:", sys.getrefcount(default))
