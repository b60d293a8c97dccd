# sort(), reverse() and item assignment keep a list's capacity; copy() and sorted() make exact-size copies; remove() may shrink.
import sys


def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8


lst = []
for i in range(17):
    lst.append(17 - i)
print("after 17 appends:", cap(lst))
lst.sort()
lst.reverse()
lst[3] = 99
print("after sort/reverse/assignment:", cap(lst))
print("copy():", cap(lst.copy()), " sorted():", cap(sorted(lst)), " list(lst):", cap(list(lst)), " lst[:]:", cap(lst[:]))
for i in range(9):
    lst.remove(lst[0])
print("after 9 removes:", len(lst), cap(lst))
