# itertools product/permutations/combinations (with replacement): order and counts of the results.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [0, 1])))
print(list(product([1, 2], repeat=2)), len(list(product(range(3), repeat=3))), list(product()))
print(list(permutations("abc", 2)))
print(len(list(permutations(range(5)))), list(permutations([1, 2])), list(permutations("a", 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(["".join(p) for p in permutations("aab")])
print(sum(1 for _ in combinations(range(10), 4)), list(combinations("ab", 5)))
