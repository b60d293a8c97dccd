# try/except/finally and with in warm functions: exceptions caught in the function that raised,
# in a caller, re-raised, chained, and the tracebacks and line numbers they carry.
import sys


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None


def counts(n):
    caught = 0
    done = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            done += 1
        except ValueError as e:
            caught += e.args[0]
        finally:
            done += 100
    return caught, done


def from_callee(n):
    bad = 0
    for i in range(n):
        try:
            safe_div(i, i % 2) or int('x')
        except ValueError:
            bad += 1
    return bad


def chained(i):
    try:
        return [][i]
    except IndexError:
        raise KeyError(i)


def reraised(i):
    try:
        return 1 // i
    except ZeroDivisionError:
        raise


class Box:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append('in')
        return self

    def __exit__(self, t, v, tb):
        self.log.append(t.__name__ if t else 'ok')
        return t is KeyError


def with_block(n):
    b = Box()
    for i in range(n):
        with b:
            if i % 2:
                raise KeyError(i)
    return b.log[-4:], len(b.log)


print([safe_div(10, k) for k in range(-3, 4)] * 3)
print(counts(40))
print(from_callee(30))
for i in range(12):
    try:
        chained(i)
    except KeyError as e:
        last = e
print(repr(last), repr(last.__context__), last.__suppress_context__)
for i in range(12):
    try:
        reraised(i if i < 11 else 0)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(names)
print(with_block(30))
print(sys.exc_info())
chained(99)
