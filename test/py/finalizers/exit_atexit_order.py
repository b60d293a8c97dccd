# atexit callbacks run last registered first, before the final collection and before the
# globals are released; weakref.finalize callbacks are part of the same list.
import atexit
import weakref


class Thing:
    def __del__(self):
        print("Thing.__del__ during module teardown")


def report(msg):
    print("atexit:", msg)


atexit.register(report, "registered first")
t = Thing()
weakref.finalize(t, print, "finalize: pending at exit")
atexit.register(report, "registered last")
print("end of module")
