# itertools count/cycle/repeat bounded with islice, takewhile/dropwhile, and islice argument forms.
from itertools import count, cycle, repeat, islice, takewhile, dropwhile, compress, starmap

print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(count(5, -1), 4)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(islice(repeat(0), 2)), list(repeat(1, 0)))
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 1, 6, 2)), list(islice("abc", 10)))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(starmap(pow, [(2, 3), (3, 2)])))
c = count(3)
print(next(c), next(c), repr(c))
try:
    islice("abc", -1)
except ValueError as error:
    print("ValueError:", error)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
