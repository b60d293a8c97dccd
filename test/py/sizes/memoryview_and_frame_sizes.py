# A memoryview is 184 bytes whatever it views; a frame object 120 + 8 per local and stack slot (plus the GC header).
import sys

print("memoryview:", [sys.getsizeof(memoryview(b"x" * n)) for n in (0, 1, 1000)])
print("a slice of it:", sys.getsizeof(memoryview(b"abcdef")[::2]))


def frame_size(a, b):
    c = a + b
    return sys.getsizeof(sys._getframe())


print("frame of a 3-local function:", frame_size(1, 2))
print("frame.__basicsize__, __itemsize__:", type(sys._getframe()).__basicsize__, type(sys._getframe()).__itemsize__)
