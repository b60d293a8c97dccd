# clear() and del lst[:] free the item array (capacity 0); lst *= n and slice assignment resize as needed.
import sys

def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8

lst = list(range(50))
lst.clear()
print("after clear():", cap(lst))
lst = list(range(50))
del lst[:]
print("after del lst[:]:", cap(lst))
lst = [1, 2, 3]
lst *= 3
print("[1,2,3] *= 3:", len(lst), cap(lst))
lst *= 0
print("*= 0:", len(lst), cap(lst))
lst = list(range(10))
lst[2:8] = []
print("lst[2:8] = []:", len(lst), cap(lst))
lst[1:1] = range(20)
print("insert 20 by slice:", len(lst), cap(lst))
lst = [0]
lst.extend(range(9))
print("[0].extend(9 items):", len(lst), cap(lst))
lst = []
lst.insert(0, "x")
print("insert into empty:", cap(lst))
