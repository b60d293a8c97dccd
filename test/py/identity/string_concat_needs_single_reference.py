# In-place growth needs the string's only reference to be the variable: an alias, a hash or interning forces a copy.
def appended(make, keep_alias=False, hashed=False):
    s = make()
    alias = s if keep_alias else None
    if hashed:
        hash(s)
    for i in range(10):
        s += "x"
    before = id(s)
    s += "y"
    return id(s) == before, alias is None


print("plain:", appended(lambda: "".join(["a", "b"])))


def with_alias():
    s = "".join(["a", "b"])
    for i in range(10):
        s += "x"
    t = s
    before = id(s)
    s += "y"
    return id(s) == before, t is not s, len(t), len(s)


print("aliased:", with_alias())


def hashed():
    s = "".join(["a", "b"])
    for i in range(10):
        s += "x"
    hash(s)
    before = id(s)
    s += "y"
    return id(s) == before


print("after hash():", hashed())
