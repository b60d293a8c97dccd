# range and slice objects have fixed sizes; getsizeof(obj, default) returns default when __sizeof__ fails with TypeError.
import sys

print("range:", sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 30)), " slice:", sys.getsizeof(slice(1, 2, 3)))


class NoSize:
    def __sizeof__(self):
        raise TypeError("no size")


class NegativeSize:
    def __sizeof__(self):
        return -1


print("default used:", sys.getsizeof(NoSize(), "n/a"))
try:
    sys.getsizeof(NoSize())
except TypeError as e:
    print("without default:", e)
try:
    sys.getsizeof(NegativeSize(), 0)
except ValueError as e:
    print("negative:", e)
