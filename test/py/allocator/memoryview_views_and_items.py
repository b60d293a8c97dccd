# Views index, slice with steps, convert with tolist/tobytes/hex, and write through to a bytearray; a bytes view is read-only.
data = bytearray(b"abcdefgh")
v = memoryview(data)
print(v[0], v[-1], v[2:5].tobytes(), v[::3].tolist(), v[::-1].tobytes())
print(v.nbytes, v[::2].nbytes, v.readonly, v.format, v.itemsize, v.ndim, v.shape, v[::2].strides, v.contiguous, v[::2].contiguous)
v[0] = 65
v[1:3] = b"BC"
v[::4] = b"**"
print(data, v.hex(), v[:3].hex(":"))
ro = memoryview(b"xyz")
for action in (lambda: ro.__setitem__(0, 1), lambda: v.__setitem__(0, 256), lambda: v.__setitem__(slice(0, 2), b"abc"), lambda: v.__delitem__(0)):
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(hash(ro) == hash(b"xyz"), list(ro), bytes(v[::2]), ro.toreadonly().readonly)
