# Calling a class (or bytes, str, int...) packs the arguments into a tuple for the call; calling a function does not.
import sys


class Box:
    def __init__(self, item):
        self.count = sys.getrefcount(item)


def plain(item):
    return sys.getrefcount(item)


thing = object()
print("inside a function:", plain(thing))
print("inside __init__ (one more: the argument tuple):", Box(thing).count)
print("after the call:", sys.getrefcount(thing))
e = ValueError(thing)
print("the exception keeps that tuple as its args:", sys.getrefcount(thing), type(e.args).__name__, len(e.args))
