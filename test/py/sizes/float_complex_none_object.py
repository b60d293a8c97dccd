# Fixed-size objects: float 24, complex 32, None/Ellipsis/NotImplemented/object() 16, whatever their value.
import sys

for v in [0.0, 1.5, -1e308, float("inf"), float("nan")]:
    print("float", repr(v), sys.getsizeof(v))
for v in [0j, 1j, complex(1e300, -1e300)]:
    print("complex", repr(v), sys.getsizeof(v))
print("None", sys.getsizeof(None), "Ellipsis", sys.getsizeof(...), "NotImplemented", sys.getsizeof(NotImplemented))
print("object()", sys.getsizeof(object()), " type(None):", sys.getsizeof(type(None)) > 0)
