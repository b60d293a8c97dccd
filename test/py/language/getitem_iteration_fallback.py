# Without __iter__, iteration calls __getitem__ with 0, 1, 2... until IndexError; `in` does the same.
class Squares:
    def __getitem__(self, index):
        print("  getitem", index)
        if index >= 3:
            raise IndexError(index)
        return index * index

print(list(Squares()))
print(4 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it))

class Stops:
    def __getitem__(self, index):
        if index == 2:
            raise StopIteration
        return index

print(list(Stops()))

class KeyErrors:
    def __getitem__(self, key):
        raise KeyError(key)

try:
    list(KeyErrors())
except KeyError as error:
    print("KeyError escapes:", error)

class NoIterProtocol:
    __iter__ = None

    def __getitem__(self, index):
        return index

try:
    iter(NoIterProtocol())
except TypeError as error:
    print("TypeError:", error)
