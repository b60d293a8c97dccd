# An empty bytearray has no buffer; the first byte allocates one, growth reallocates it (past 512 bytes too), clear() frees it.
import gc
import sys

blocks = sys.getallocatedblocks


def change(action, arg):
    before = blocks()
    action(arg)
    return blocks() - before - 1


chunk = bytes(200)
big = bytes(1000)
gc.collect()
ba = bytearray()
print("append to empty:", change(ba.append, 1))
print("extend by 200:", change(ba.extend, chunk))
print("extend past 512 bytes:", change(ba.extend, big))
print("del ba[:]:", change(ba.__delitem__, slice(None)))
