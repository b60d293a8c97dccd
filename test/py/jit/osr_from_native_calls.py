# Functions that native code calls (type.__call__ running __init__, repr running __repr__,
# sorted running a key), whose loops warm up in their first call: they go on translated from
# the loop's head, and return or raise to the native caller.
class Bad:
    def __init__(self, n):
        t = 0
        for i in range(n):
            t += i
        self.t = t
        if n > 50:
            raise ValueError(t)

    def __repr__(self):
        s = 0
        for i in range(40):
            s += i
        return f"Bad({s})"


def first_call_raises():
    try:
        Bad(60)
    except ValueError as e:
        return "caught", e.args[0], e.__traceback__.tb_next.tb_frame.f_code.co_name


def key(v):
    w = v
    for _ in range(20):
        w = (w * 7 + 3) % 101
    if v == 13:
        raise KeyError(v)
    return w


print(first_call_raises())
print(Bad(30).t, repr(Bad(10)))
print(sorted(range(12), key=key))
try:
    sorted(range(20), key=key)
except KeyError as e:
    print("key failed", e)
Bad(70)
