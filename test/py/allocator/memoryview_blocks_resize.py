# A memoryview exports the bytearray's buffer: resizing raises BufferError until every view is released.
data = bytearray(b"abc")
view = memoryview(data)
try:
    data.append(100)
except BufferError as e:
    print("append while viewed:", e)
part = view[1:]
view.release()
try:
    data.extend(b"xyz")
except BufferError as e:
    print("a slice still exports it:", e)
part.release()
data.extend(b"xyz")
print("after releasing both:", data)
with memoryview(data) as v:
    try:
        data.clear()
    except BufferError as e:
        print("inside with:", e)
data.clear()
print("after the with block:", data, repr(v).startswith("<released memory at 0x"))
