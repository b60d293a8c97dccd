# iter(callable, sentinel) calls until the sentinel appears; next() with and without a default.
state = {"n": 0}


def tick():
    state["n"] += 1
    print("  tick ->", state["n"])
    return state["n"]


for value in iter(tick, 3):
    print("got", value)
print("ticks after the loop:", state["n"])
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(lambda: next(chunks), "")))
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "default"))
try:
    next(it)
except StopIteration as error:
    print("StopIteration", repr(error))
callable_iter = iter(tick, 100)
print(type(callable_iter).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
print(type(iter({})).__name__, type(iter(range(3))).__name__, type(iter(set())).__name__)
try:
    iter(5, 1)
except TypeError as error:
    print("TypeError:", error)
try:
    next(iter([]), 1, 2)
except TypeError as error:
    print("TypeError:", error)
