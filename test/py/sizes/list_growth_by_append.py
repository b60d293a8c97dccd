# list.append over-allocates: the capacity jumps to (n + n//8 + 6) & ~3 when full; the list reports 56 + 8 * capacity.
import sys

lst = []
last = sys.getsizeof(lst)
print("len 0 size", last)
for i in range(200):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print("len %3d size %4d capacity %3d" % (len(lst), size, (size - 56) // 8))
        last = size
