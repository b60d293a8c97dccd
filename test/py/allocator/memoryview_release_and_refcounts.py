# A memoryview holds its exporter through a managed buffer shared by all views of it; release() lets go, and released views refuse work.
import sys

data = bytearray(b"abc")
base = sys.getrefcount(data)
v = memoryview(data)
w = v[1:]
print("views hold one reference between them:", sys.getrefcount(data) - base)
v.release()
print("one view released:", sys.getrefcount(data) - base, w.tolist())
w.release()
print("all released:", sys.getrefcount(data) - base)
for action in (len, lambda m: m[0], lambda m: m.tobytes(), lambda m: m.obj):
    try:
        action(v)
    except ValueError as e:
        print("ValueError:", e)
print("release() twice is fine:", v.release())
print("released views compare by identity:", v == v, v == memoryview(b"abc"))
