# with blocks and assert in warm functions: return, break and continue inside with, __exit__
# suppressing or not, __enter__ raising, failed asserts with and without a message.
class Res:
    opened = 0

    def __init__(self, fail=False):
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise OSError('cannot open')
        Res.opened += 1
        return self

    def __exit__(self, t, v, tb):
        Res.opened -= 1
        return t is not None and issubclass(t, LookupError)


def use(n):
    total = 0
    for i in range(n):
        with Res() as r:
            if i % 5 == 0:
                continue
            if i == 17:
                break
            if i % 7 == 0:
                {}[i]
            total += i
    return total, Res.opened


def early(i):
    with Res():
        if i > 3:
            return 'early'
        assert i != 2, f'two {i}'
        assert i != 3
    return 'late'


def enter_fails():
    try:
        with Res(fail=True):
            return 'inside'
    except OSError as e:
        return str(e)


for _ in range(3):
    print(use(30))
out = []
for i in range(12):
    try:
        out.append(early(i))
    except AssertionError as e:
        out.append(repr(e))
print(out, Res.opened)
print([enter_fails() for _ in range(10)][-1])
early(2)
