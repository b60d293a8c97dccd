# set methods and operators (int elements, so iteration order is fixed) and their errors.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7], (8,)), a.intersection(range(3)), a.difference([1], [2]), a.symmetric_difference([1, 9]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({9}))
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,))
s.discard(100)
s.remove(1)
print(s, len(s), s.pop(), s)
s |= {10}
s &= {2, 3, 10}
s -= {2}
s ^= {3, 4}
print(s)
errors = [
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: {1} | [2],
    lambda: {1} < [1],
    lambda: {[1]},
    lambda: set(5),
]
for call in errors:
    try:
        call()
    except (KeyError, TypeError) as error:
        print(type(error).__name__, error)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, frozenset(), set())
print(set("aaa"), {1, 1.0, True}, sorted({-1, 5, -10}), {x % 3 for x in range(10)})
