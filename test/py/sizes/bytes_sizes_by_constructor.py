# bytes are 33 + length bytes however built; bytearray keeps spare capacity that depends on its history.
import sys

print("bytes(n), n = 0..5:", [sys.getsizeof(bytes(n)) for n in range(6)])
print("b'abc', bytes([1, 2, 3]), 'abc'.encode():", sys.getsizeof(b"abc"), sys.getsizeof(bytes([1, 2, 3])), sys.getsizeof("abc".encode()))
print("b'x' * 1000:", sys.getsizeof(b"x" * 1000), " bytes.fromhex of 4 bytes:", sys.getsizeof(bytes.fromhex("deadbeef")))
print("bytearray(n), n = 0..5:", [sys.getsizeof(bytearray(n)) for n in range(6)])
ba = bytearray()
history = []
for i in range(40):
    ba.append(0)
    history.append(sys.getsizeof(ba))
print("bytearray append x40:", history)
ba = bytearray(b"x" * 40)
print("bytearray(b'x' * 40):", sys.getsizeof(ba), end=" ")
ba.clear()
print(" after clear():", sys.getsizeof(ba))
ba = bytearray(b"abc")
ba.extend(b"d" * 10)
print("bytearray of 3 extended by 10:", sys.getsizeof(ba), " bytes(ba):", sys.getsizeof(bytes(ba)))
