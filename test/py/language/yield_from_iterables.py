# yield from works on any iterable and on recursive generators; from a non-generator it evaluates to None.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def from_iterable():
    result = yield from [1, 2]
    print("  yield from a list gives", result)
    result = yield from "ab"
    print("  yield from a str gives", result)
    result = yield from range(2)
    print("  yield from a range gives", result)

print(list(from_iterable()))

def delegate():
    yield from (x * x for x in range(3))

g = delegate()
print(next(g), list(g))
try:
    list((lambda: (yield from 5))())
except TypeError as error:
    print("TypeError:", error)
