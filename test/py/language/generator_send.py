# send(): the first must be None; the sent value is what the yield expression evaluates to.
def echo():
    print("  started")
    received = None
    while True:
        received = yield "got %r" % (received,)
        if received == "stop":
            return "stopped"


g = echo()
try:
    g.send(1)
except TypeError as error:
    print("TypeError:", error)
print(g.send(None))
print(g.send(1))
print(next(g))
print(g.send([2, 3]))
try:
    g.send("stop")
except StopIteration as stop:
    print("StopIteration:", stop.value, stop.args)
print(next(g, "exhausted"))
try:
    g.send(5)
except StopIteration as stop:
    print("send to a finished generator: StopIteration", stop.value)


def running_max():
    best = yield
    while True:
        value = yield best
        best = max(best, value)


r = running_max()
next(r)
print([r.send(v) for v in [3, 1, 4, 1, 5, 9, 2]])
