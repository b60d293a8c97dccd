# itertools chain/groupby/accumulate/zip_longest/pairwise/tee: what each yields and when groups expire.
from itertools import chain, groupby, accumulate, zip_longest, pairwise, tee
import operator

print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
data = "aaabccaa"
print([(k, len(list(g))) for k, g in groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
groups = [(k, g) for k, g in groupby("aabb")]
print([(k, list(g)) for k, g in groups])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 5], max)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(zip_longest("abc", [1])), list(zip_longest("a", "bc", fillvalue="-")))
print(list(pairwise("abcd")), list(pairwise("a")))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(a))
