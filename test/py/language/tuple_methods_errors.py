# tuple methods, immutability errors, single-element syntax, tuples holding mutable items.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(2, 2), t[::-1], t + (4,), t * 2, (0,) * 0)
print((1), (1,), (), tuple(), tuple("ab"), tuple([1, [2]]), type((1)).__name__)
errors = [
    lambda: t.__setitem__(0, 5),
    lambda: t.__delitem__(0),
    lambda: t.index(99),
    lambda: t + [4],
    lambda: t[10],
    lambda: t.append(1),
    lambda: tuple(5),
]
for call in errors:
    try:
        call()
    except (TypeError, ValueError, IndexError, AttributeError) as error:
        print(type(error).__name__, error)
holder = ([1], 2)
holder[0].append(99)
print(holder)
try:
    holder[0] += [100]
except TypeError as error:
    print("TypeError:", error)
print(holder)
print((1, 2) < (1, 2, 0), (2,) > (1, 99), max([(1, "b"), (1, "a")]), hash((1, 2)) == hash((1, 2)))
x, y = y, x = 1, 2
print(x, y)
