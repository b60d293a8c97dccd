# A class implementing __iter__/__next__; for loops, list() and unpacking all call the same protocol.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        print("  __iter__")
        return self

    def __next__(self):
        if self.current <= 0:
            print("  StopIteration")
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(2):
    print(n)
print(list(Countdown(3)))
a, b = Countdown(2)
print(a, b)
it = Countdown(1)
print(iter(it) is it, next(it), next(it, "done"))


class NotAnIterator:
    def __iter__(self):
        return 42


try:
    iter(NotAnIterator())
except TypeError as error:
    print("TypeError:", error)
try:
    next([1, 2])
except TypeError as error:
    print("TypeError:", error)
