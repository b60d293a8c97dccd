# A function called once whose loops warm up while it runs: the rest of the call goes on in the
# translated function from a loop's head (nested loops keep their iterators on the stack).
import sys


def once(n):
    total = 0
    pairs = 0
    for i in range(n):
        for j in range(3):
            total += i * j
        pairs += 1
    k = 0
    while k < n:
        k += 7
    probe = object()
    before = sys.getrefcount(probe)
    return total, pairs, k, before, sys._getframe().f_lineno


print(once(50))
print(once(3))


def fails_after_loop(n):
    acc = []
    for i in range(n):
        acc.append(i)
    return acc[n]


try:
    fails_after_loop(40)
except IndexError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print('IndexError', lines)


def locals_seen(n):
    s = 0
    for i in range(n):
        s += i
    return sorted(sys._getframe().f_locals.items())


print(locals_seen(30))


class Tracked:
    def __del__(self):
        print('del', self.tag)


def keeps_order(n):
    last = None
    for i in range(n):
        t = Tracked()
        t.tag = i
        last = t
        if i >= n - 2:
            print('made', i)
    return last.tag


print(keeps_order(20))
print('end')
