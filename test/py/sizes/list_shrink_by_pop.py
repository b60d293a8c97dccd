# pop() keeps the capacity until the list is less than half full, then shrinks it to about 1.125 * len.
import sys

lst = [None] * 100
last = sys.getsizeof(lst)
print("start: len", len(lst), "capacity", (last - 56) // 8)
while lst:
    lst.pop()
    size = sys.getsizeof(lst)
    if size != last:
        print("len %3d capacity %3d" % (len(lst), (size - 56) // 8))
        last = size
