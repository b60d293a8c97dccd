# Comparisons, predicates and functions without a return value give the True/False/None singletons.
def nothing():
    pass


class Weird:
    def __eq__(self, other):
        return 1


yes = 1 < 2
no = 1 > 2
checks = [
    ("comparison result is True", (3 == 3) is yes),
    ("isinstance result", isinstance(1, int) is yes),
    ("str predicate", "abc".isalpha() is yes),
    ("`in` result", (1 in [1]) is yes),
    ("`not` result", (not 5) is no),
    ("bool() of a list", bool([0]) is yes),
    ("any() of empty", any([]) is no),
    ("__eq__ returning 1 gives that 1, not True", (Weird() == 0) is not yes),
    ("the derived `!=` gives the False singleton", (Weird() != 0) is no),
    ("function without return gives None", nothing() is None),
    ("dict.get miss gives None", {}.get("k") is None),
    ("list.append returns None", [].append(1) is None),
    ("print() returns None", print(end="") is None),
    ("type(None)() is None", type(None)() is None),
    ("bool(None) is False", bool(None) is no),
]
for label, ok in checks:
    print("%-44s %s" % (label, ok))
print("int(1 < 2) is 1:", int(yes) is int("1"), " True + 0 is 1:", yes + 0 is int("1"))
