# sorted/min/max with key, reverse and default; sort stability; ties return the first item.
people = [("ada", 36), ("bob", 25), ("cy", 36), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max("apple", "fig", "kiwi", key=len), min([], default="empty"), max([], key=len, default=None))
print(max(3, 1, 2), min("hello"), max([1, 5], [2]), min((2, "b"), (2, "a")))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted({3: "x", 1: "y"}), sorted([], reverse=True))
print(sorted([0.5, -1, 2, True, False]), sorted(["b", "A", "a", "B"]))
errors = [
    lambda: max([]),
    lambda: min(()),
    lambda: max(),
    lambda: max(1),
    lambda: min(1, 2, default=0),
    lambda: sorted([1, 2], lambda x: x),
]
for call in errors:
    try:
        call()
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
