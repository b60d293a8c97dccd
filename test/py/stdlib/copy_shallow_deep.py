# copy.copy shares nested objects, copy.deepcopy does not (and keeps shared references shared), __copy__ hooks.
import copy

inner = [1, 2]
outer = [inner, inner, {"k": inner}]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
inner.append(3)
print(shallow, deep)
print(shallow is outer, shallow[0] is inner, deep[0] is inner, deep[0] is deep[1], deep[2]["k"] is deep[0])
cyclic = [1]
cyclic.append(cyclic)
clone = copy.deepcopy(cyclic)
print(clone, clone[1] is clone, clone is cyclic)
t = (1, "a", (2,))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)


class Config:
    def __init__(self, values):
        self.values = values

    def __copy__(self):
        print("  __copy__")
        return Config(self.values)

    def __deepcopy__(self, memo):
        print("  __deepcopy__")
        return Config(copy.deepcopy(self.values, memo))


c = Config({"a": [1]})
c1, c2 = copy.copy(c), copy.deepcopy(c)
print(c1.values is c.values, c2.values is c.values, c2.values == c.values)
d = {"x": [1]}
d2 = d.copy()
d2["x"].append(2)
print(d, dict(d) == d, list(d) is not list(d))
