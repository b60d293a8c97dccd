# bytearray over-allocates like a list when it grows slowly, resizes exactly on big jumps, and shrinks only below half.
import sys

ba = bytearray()
sizes = []
for i in range(40):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print("append:", sizes)
ba.extend(bytes(100))
print("after extend(100):", sys.getsizeof(ba), len(ba))
shrink = []
while len(ba) > 0:
    del ba[-10:]
    shrink.append(sys.getsizeof(ba))
print("del ba[-10:] repeatedly:", shrink)
print("bytearray(100):", sys.getsizeof(bytearray(100)), " bytearray(b'') :", sys.getsizeof(bytearray(b"")))
