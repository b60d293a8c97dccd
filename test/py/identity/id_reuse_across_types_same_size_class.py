# Without a free list, objects of different types share pymalloc blocks: any object of the same 16-byte size class can take a freed block.
import sys

b = bytes(20)
print("bytes(20) and a 10-char str are both in the 64-byte class:", (sys.getsizeof(b) + 15) // 16 == (sys.getsizeof("x" * 10) + 15) // 16)
addr = id(b)
del b
s = "".join(["abcde", "fghij"])
print("the str takes the freed bytes block:", id(s) == addr)
del s
n = 2 ** 100
print("a 3-digit int (36 bytes, 48-byte class) does not:", id(n) == addr)
