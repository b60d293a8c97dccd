# Removing items never shrinks a set's table; clear() goes back to the 8 inline slots; copies are sized for their items.
import sys

s = set(range(100))
full = sys.getsizeof(s)
for i in range(95):
    s.discard(i)
print("100 items:", full, " after discarding 95:", sys.getsizeof(s), " copy of the 5 left:", sys.getsizeof(s.copy()))
while len(s) > 1:
    s.pop()
print("after pop() down to 1:", sys.getsizeof(s))
s.clear()
print("after clear():", sys.getsizeof(s))
f = frozenset(range(100)) - frozenset(range(95))
print("frozenset difference of 5:", sys.getsizeof(f))
