# Iterating a memoryview yields ints; read-only views hash like their bytes; a writable view cannot be hashed.
data = b"\x01\x02\xff"
v = memoryview(data)
print([x for x in v], sum(v), 255 in v)
print("hash like bytes:", hash(v) == hash(data), hash(v[::2]) == hash(data[::2]))
w = memoryview(bytearray(data))
try:
    hash(w)
except ValueError as e:
    print("ValueError:", e)
print("but equal:", v == w, w.tolist(), w.toreadonly() == v)
it = iter(memoryview(b"ab"))
print(type(it).__name__, next(it), next(it), next(it, "done"))
