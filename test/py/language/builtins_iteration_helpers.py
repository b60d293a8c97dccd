# enumerate, zip (including strict), map with several iterables, filter(None), reversed, iter/next.
print(list(enumerate("abc")), list(enumerate("ab", start=10)))
print(list(zip("abc", [1, 2])), list(zip()), list(zip("ab", "cd", "ef")))
print(list(map(pow, [2, 3], [5, 2])), list(map(str.upper, "ab")), list(map(lambda a, b: a + b, "ab", "cde")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), "".join(reversed("abc")), list(reversed((1, 2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as error:
    print("ValueError:", error)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as error:
    print("ValueError:", error)
try:
    reversed({1, 2})
except TypeError as error:
    print("TypeError:", error)
try:
    enumerate(5)
except TypeError as error:
    print("TypeError:", error)
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "end"))
z = zip([1, 2], "ab")
print(type(z).__name__, next(z), list(z), list(z))
m = map(len, ["a", "bb"])
print(type(m).__name__, list(m), list(m))
