# Reference counts seen from inside warm functions, and objects freed as CPython frees them.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def show(x):
    return sys.getrefcount(x)


def pair(a, b):
    return show(a) - show(b)


obj = Tracked('a')
for i in range(20):
    r1 = show(obj)
    r2 = pair(obj, obj)
print(r1, r2)


def make(n):
    return Tracked(n)


def drop(n):
    make(n)
    return n


for i in range(12):
    drop('t%d' % i)
x = 12345678
for i in range(20):
    r3 = show(x)
print(r3)
