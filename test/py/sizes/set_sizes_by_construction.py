# Set table sizes depend on how the set was built: add() one by one, set(iterable), literals, operators.
import sys

print("set(range(n)) for n = 0..20:", [sys.getsizeof(set(range(n))) for n in range(21)])
grown = []
s = set()
for n in range(21):
    grown.append(sys.getsizeof(s))
    s.add(n)
print("add() one by one, n = 0..20:  ", grown)
print("frozenset(range(n)), n = 0..10:", [sys.getsizeof(frozenset(range(n))) for n in range(11)])
print("literal {1..5}:", sys.getsizeof({1, 2, 3, 4, 5}), " {1..6}:", sys.getsizeof({1, 2, 3, 4, 5, 6}))
a, b = set(range(20)), set(range(10, 30))
print("a | b:", sys.getsizeof(a | b), " a & b:", sys.getsizeof(a & b), " a - b:", sys.getsizeof(a - b))
print("set comprehension of 20:", sys.getsizeof({x for x in range(20)}), " set of 20 duplicates:", sys.getsizeof(set([1] * 20)))
s = set(range(1000))
for i in range(1000):
    s.discard(i)
print("1000 added then all discarded:", len(s), sys.getsizeof(s))
s.add(1)
print("one added back:", sys.getsizeof(s), " copy():", sys.getsizeof(s.copy()))
