# Deep recursion in a warm function: RecursionError at the same depth as CPython, then recovery.
import sys


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


for i in range(20):
    depth(10)
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(3000)
print(depth(2900))


def count(n):
    if n < 1:
        return 0
    return count(n - 1) + 1


try:
    count(10 ** 6)
except RecursionError as e:
    print('RecursionError', e)
