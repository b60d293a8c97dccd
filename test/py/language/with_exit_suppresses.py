# __exit__ receives the exception triple; a truthy return suppresses it, a falsy one lets it propagate.
class Guard:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("  exit", self.name, kind.__name__ if kind else None, repr(value), tb is not None)
        return self.suppress

with Guard("clean", False) as value:
    print("  body got", value)
with Guard("swallow", 1):
    raise KeyError("hidden")
print("after the suppressed KeyError")
try:
    with Guard("propagate", 0):
        raise ValueError("visible")
except ValueError as error:
    print("caught outside:", error)

def returns_inside():
    with Guard("return", False):
        return "returned"

print(returns_inside())
for i in range(2):
    with Guard("loop%d" % i, False):
        if i == 0:
            continue
        break
try:
    with 42:
        pass
except TypeError as error:
    print("TypeError:", error)
