# Truthiness: __bool__ first, then __len__, else true; the rules on what they may return.
class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

class WithBoth(WithLen):
    def __bool__(self):
        return True

class Neither:
    pass

class BadBool:
    def __bool__(self):
        return 1

class NegativeLen:
    def __len__(self):
        return -1

class BigLen:
    def __len__(self):
        return 2 ** 63

print(bool(WithLen(0)), bool(WithLen(3)), bool(WithBoth(0)), bool(Neither()))
print("not WithLen(0):", not WithLen(0), "if:", "yes" if WithLen(2) else "no")
for value in ([], [0], "", " ", 0, 0.0, -0.0, 0j, None, (), {}, set(), range(0), b""):
    print(repr(value), bool(value))
for bad in (BadBool(), NegativeLen(), BigLen()):
    try:
        bool(bad)
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)
try:
    len(Neither())
except TypeError as error:
    print("TypeError:", error)
