# In 3.11 every new instance of a class takes one slot off its shared keys' usable count, so each later __dict__ is 8 bytes smaller.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i) for i in range(8)]
print("instance sizes:", [sys.getsizeof(p) for p in points])
print("their __dict__ sizes:", [sys.getsizeof(p.__dict__) for p in points])
late = Point(0, 0)
print("a later instance:", sys.getsizeof(late.__dict__))
