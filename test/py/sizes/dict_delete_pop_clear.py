# Deleting keys never shrinks a dict; popitem() neither; clear() goes back to the empty table; copy() compacts.
import sys

d = {i: i for i in range(100)}
full = sys.getsizeof(d)
for i in range(95):
    del d[i]
print("100 keys:", full, " after deleting 95:", sys.getsizeof(d), " copy:", sys.getsizeof(d.copy()))
while len(d) > 1:
    d.popitem()
print("after popitem() down to 1:", sys.getsizeof(d))
d.clear()
print("after clear():", sys.getsizeof(d))
e = {"only": 1}
e.pop("only")
print("pop of the only key:", sys.getsizeof(e), " {} :", sys.getsizeof({}))
