# A dict subclass with __missing__: d[key] calls it for absent keys, but get() and `in` do not.
class Counter(dict):
    def __missing__(self, key):
        print("  __missing__", repr(key))
        return 0


c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"), len(c))


class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value


tree = AutoVivify()
tree["x"]["y"]["z"] = 1
tree["x"]["w"] = 2
print(tree, type(tree["x"]).__name__)


class Default(dict):
    def __missing__(self, key):
        raise KeyError("no " + key)


try:
    Default()["k"]
except KeyError as error:
    print("KeyError:", error)
print(isinstance(c, dict), type(c.copy()).__name__, type(dict(c)).__name__)
