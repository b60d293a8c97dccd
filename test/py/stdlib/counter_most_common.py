# collections.Counter: counting, most_common ties in first-seen order, arithmetic, missing keys give 0.
from collections import Counter

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c.most_common(2), c.most_common()[-1], c["dog"], "dog" in c, len(c))
c.update(["cat", "cat"])
c.subtract({"the": 2})
print(c.most_common(3), sorted(c.elements())[:4], c.total())
letters = Counter("mississippi")
print(letters, list(letters))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b, -b + a, +Counter(x=-1, y=2))
print(Counter({"x": 0, "y": -1}) + Counter(), dict(Counter("aab")), Counter("ab") == Counter("ba"))
del c["the"]
print(c, repr(Counter()))
