# memoryview(x) is always a new object; its obj is the exporter; slices and memoryview(view) are new views of the same buffer.
data = bytearray(b"hello")
v = memoryview(data)
w = memoryview(v)
s = v[1:3]
print("new objects:", v is not w, s is not v)
print("same exporter:", v.obj is data, w.obj is data, s.obj is data)
s[0] = ord("E")
print("writes show through:", data)
print("equal views compare equal:", v == w, v == b"hEllo", s == b"El")
