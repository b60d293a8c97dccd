# Comprehensions have their own scope: loop variables do not leak; class bodies are not visible inside.
x = "global x"
result = [x for x in range(3)]
print(result, x)


class Config:
    factor = 10
    values = [1, 2]
    try:
        scaled = [v * factor for v in values]
    except NameError as error:
        scaled = "NameError: " + str(error)
    first_iterable_ok = [v for v in values]


print(Config.scaled)
print(Config.first_iterable_ok)


def inside():
    n = 5
    return [n + i for i in range(2)], {i: n for i in range(2)}, {n * i for i in range(2)}


print(inside())
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print([w for w in ["a", "bb", "ccc"] if len(w) > 1 if w != "bb"])
print({k: v for k, v in [("a", 1), ("a", 2)]})
