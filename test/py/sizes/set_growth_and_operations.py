# Sets keep 8 slots inline (216 bytes); past 3/5 full the table grows to 4x the item count; operators build new tables.
import sys

s = set()
last = sys.getsizeof(s)
changes = [(0, last)]
for i in range(100):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        changes.append((len(s), size))
        last = size
print("add:", changes)
a = set(range(10))
b = set(range(5, 15))
print("a | b:", sys.getsizeof(a | b), " a & b:", sys.getsizeof(a & b), " a - b:", sys.getsizeof(a - b))
print("frozenset(range(10)):", sys.getsizeof(frozenset(range(10))), " set().copy():", sys.getsizeof(set().copy()))
s.clear()
print("after clear():", sys.getsizeof(s))
