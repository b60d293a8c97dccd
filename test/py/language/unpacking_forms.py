# Assignment unpacking: starred targets, nesting, for-loop targets, and the ValueError messages.
a, *rest = [1, 2, 3]
*init, last = "abc"
first, *middle, final = range(5)
print(a, rest, init, last, first, middle, final)
x, *empty, y = (1, 2)
print(x, empty, y)
(p, q), [r, *s] = "pq", (1, 2, 3)
print(p, q, r, s)
for index, (key, value) in enumerate({"k": 1, "j": 2}.items()):
    print(index, key, value)
head, = [42]
print(head)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, "set"
print(lst)
d = {}
d["a"], d["b"] = "xy"
print(d)
for bad in ([1, 2], [1, 2, 3, 4], 5, [1]):
    try:
        one, two, three = bad
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
try:
    m, n, *o = [1]
except ValueError as error:
    print("ValueError:", error)
merged = [*range(2), *"ab", *{"k": 1}]
print(merged, (*"xy",), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
