# dict methods, merge operators, constructors and their exact error messages.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("c"), d.pop("zz", "default"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, d | {"a": 0, "new": 1}, {"new": 1} | d)
d |= [("w", 4)]
print(d, dict.fromkeys("ab"), dict.fromkeys(range(3), 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", (1, 2))))
errors = [
    lambda: {}.popitem(),
    lambda: {}.pop("k"),
    lambda: {"a": 1}["b"],
    lambda: dict([(1, 2, 3)]),
    lambda: dict([1]),
    lambda: {"a": 1} | [("b", 2)],
    lambda: {}.update(5),
    lambda: dict(1, 2),
]
for call in errors:
    try:
        call()
    except (KeyError, ValueError, TypeError) as error:
        print(type(error).__name__, error)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, list(counts), max(counts, key=counts.get))
e = {1: "a"}
e[1.0] = "b"
e[True] = "c"
print(e, {0: 1, False: 2}, d.copy() == d, d.copy() is d)
