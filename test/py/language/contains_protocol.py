# `in` calls __contains__ (result made bool); without it, it iterates with __iter__ comparing by == or is.
class Evens:
    def __contains__(self, item):
        print("  __contains__", item)
        return item % 2 == 0 and "truthy string"


class Iterable:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])


print(4 in Evens(), 3 in Evens(), 4 not in Evens())
print(2 in Iterable(), 5 in Iterable())
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])


class AlwaysEqual:
    def __eq__(self, other):
        return True


print(AlwaysEqual() in [1], 1 in [AlwaysEqual()])
print("ell" in "hello", "" in "abc", 1 in {1: "a"}, "a" in {1: "a"}.values())
try:
    1 in 5
except TypeError as error:
    print("TypeError:", error)
try:
    [] in "abc"
except TypeError as error:
    print("TypeError:", error)
