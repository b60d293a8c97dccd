# yield from passes send/throw to the subgenerator and evaluates to its return value.
def inner():
    total = 0
    while True:
        try:
            value = yield total
        except KeyError:
            print("  inner handled KeyError")
            continue
        if value is None:
            return total
        total += value

def outer():
    while True:
        result = yield from inner()
        print("  inner returned", result)
        if result > 10:
            return "outer done"

g = outer()
print(next(g), g.send(4), g.send(5))
print(g.throw(KeyError))
print(g.send(None))
print(g.send(20))
try:
    g.send(None)
except StopIteration as stop:
    print("StopIteration:", stop.value)
