# The capacity of a new list depends on how it was built: literal, repetition, comprehension, list(), slicing, sorted().
import sys

def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8

made = {
    "[1, 2, 3, 4, 5]": [1, 2, 3, 4, 5],
    "[0] * 5": [0] * 5,
    "comprehension of 5": [x for x in range(5)],
    "list(range(5))": list(range(5)),
    "list((1,2,3,4,5))": list((1, 2, 3, 4, 5)),
    "list(generator of 5)": list(x for x in range(5)),
    "lst[:]": [1, 2, 3, 4, 5][:],
    "sorted(range(5))": sorted(range(5)),
    "list('hello')": list("hello"),
    "[*range(5)]": [*range(5)],
    "list(map(str, range(5)))": list(map(str, range(5))),
}
for name, lst in made.items():
    print("%-26s len %d capacity %d" % (name, len(lst), cap(lst)))
