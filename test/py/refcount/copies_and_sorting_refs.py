# Copies (slice, list(), sorted, copy()) reference the same items; reversed() and iter() hold the container.
import sys

item = ["item"]
lst = [item, ["other"]]
print("item in one list:", sys.getrefcount(item))
copies = [lst[:], list(lst), lst.copy(), sorted(lst, key=len), [*lst], lst * 1]
print("six shallow copies:", sys.getrefcount(item))
del copies
print("copies dropped:", sys.getrefcount(item))
print("list alone:", sys.getrefcount(lst))
r = reversed(lst)
i = iter(lst)
print("reversed() and iter() hold the list:", sys.getrefcount(lst))
print("first from reversed:", next(r)[0], sys.getrefcount(lst))
list(i)
print("exhausted list iterator lets go of the list:", sys.getrefcount(lst))
list(r)
print("so does an exhausted reversed iterator:", sys.getrefcount(lst))
t = tuple(lst)
print("tuple(list) copies the references:", sys.getrefcount(item), tuple(t) is t)
