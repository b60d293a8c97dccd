# collections.defaultdict: the factory runs only on d[key] for a missing key, not on get() or `in`.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], "z" in groups, groups.get("q"), len(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.default_factory)
calls = []


def factory():
    calls.append(1)
    return "made #%d" % len(calls)


d = defaultdict(factory)
print(d["a"], d["a"], d["b"], len(calls))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as error:
    print("KeyError without a factory:", error)
print(type(groups.copy()).__name__, isinstance(groups, dict))
