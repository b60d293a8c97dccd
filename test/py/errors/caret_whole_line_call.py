# When the failing call is the whole line, 3.11 prints no caret line at all.
def check(value):
    raise ValueError("bad value: %r" % (value,))


check(42)
