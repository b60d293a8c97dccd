# Objects over 512 bytes come from the C allocator; a freed chunk is reused by the next request of the same size.
a = bytes(1000)
i = id(a)
del a
b = bytes(1000)
print("bytes(1000) after bytes(1000):", id(b) == i)
c = bytes(1010)
print("a live bytes(1010) is elsewhere:", id(c) != id(b))
del b
d = bytes(1005)
print("bytes(1005) reuses the 1000-byte chunk (same chunk size):", id(d) == i)
