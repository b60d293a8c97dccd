# Data descriptors win over the instance __dict__; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"

    def __set__(self, obj, value):
        print("  Data.__set__", value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data descriptor" if obj is not None else "accessed on the class"

class Thing:
    d = Data()
    n = NonData()

t = Thing()
t.__dict__["d"] = "instance d"
t.__dict__["n"] = "instance n"
print(t.d, "|", t.n)
t.d = 5
print(t.__dict__["d"])
del t.__dict__["n"]
print(t.n, "|", Thing.n)
t.n = "assigned"
print(t.n)

class Counter:
    def __init__(self):
        self.calls = 0

    def __get__(self, obj, objtype=None):
        self.calls += 1
        return self.calls

class Host:
    hits = Counter()

h = Host()
print(h.hits, h.hits, Host.hits)
