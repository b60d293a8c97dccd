# len() is a Py_ssize_t: exact up to sys.maxsize (for ranges and __len__), OverflowError past it.
import sys

r = range(2 ** 60)
print(len(r), r.__len__(), bool(r), len(range(0, 2 ** 62, 3)), len(range(sys.maxsize)))
print(len(range(-2 ** 62, 2 ** 62, 7)), len(range(2 ** 62, -2 ** 62, -9)))


class Huge:
    def __len__(self):
        return 2 ** 62 + 1


print(len(Huge()), bool(Huge()), Huge().__len__())


class TooHuge:
    def __len__(self):
        return sys.maxsize + 1


for make in (TooHuge, lambda: range(sys.maxsize + 1)):
    try:
        len(make())
    except OverflowError as error:
        print("OverflowError:", error)
