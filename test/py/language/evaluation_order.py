# Evaluation order: call arguments left to right, dict displays key then value, assignments right side first.
def v(label, value=None):
    print("  eval", label)
    return value if value is not None else label


def f(*args, **kwargs):
    return len(args) + len(kwargs)


print(f(v("a"), v("b"), k=v("c")))
print({v("k1"): v("v1"), v("k2"): v("v2")})
data = {"x": [0, 0]}
data[v("key", "x")][v("index", 1)] = v("value", 5)
print(data)
data[v("key", "x")][v("index", 0)] += v("increment", 10)
print(data)
a = b = v("chained", [1])
print(a is b)
x, y = v("first", 1), v("second", 2)
print(v("left", 1) + v("right", 2) * v("third", 3))
print(v("cond", True) and v("then") if v("test", True) else v("else"))
print([v(i) for i in "xy"], v("call")(v("arg")) if False else "skipped")
