# range attributes, len, indexing, slicing to a new range, membership, equality and errors.
r = range(2, 20, 3)
print(r, r.start, r.stop, r.step, len(r), list(r), r[0], r[-1], r[1:3], r[::-1], r[::2])
print(11 in r, 12 in r, 11.0 in r, r.index(14), r.count(5), r.count(6))
print(range(5) == range(0, 5, 1), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == [0])
print(len(range(10, 0, -3)), list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(3, 3)), bool(range(0)))
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big, big[10 ** 19:][:3])
errors = [
    lambda: range(1, 2, 0),
    lambda: range(1.5),
    lambda: r[100],
    lambda: r.index(4),
    lambda: len(range(2 ** 64)),
    lambda: range(),
]
for call in errors:
    try:
        call()
    except (ValueError, TypeError, IndexError, OverflowError) as error:
        print(type(error).__name__, error)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(0, 100, 2)))
