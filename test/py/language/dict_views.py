# keys/values/items views are live, support set operations, and forbid resizing during iteration.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
del d["a"]
print(list(keys), list(values), list(items), len(keys))
print(sorted(keys & {"b", "z"}), sorted(keys | {"z"}), sorted(keys - {"b"}), keys == {"b", "c", "d"})
print(("b", 2) in items, ("b", 3) in items, 2 in values, "b" in keys, items & {("c", 3)})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(type(keys).__name__, type(values).__name__, type(items).__name__, type(keys.mapping).__name__, keys.mapping == d)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as error:
    print("RuntimeError:", error)
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as error:
    print("RuntimeError:", error)
for k in list(d):
    if k.endswith("!"):
        del d[k]
print(d)
for k in d:
    d[k] = d[k] * 10
print(d, values == values, d.values() == d.values())
