# and/or return one of their operands, short-circuiting; not always returns a bool.
def v(x):
    print("  eval", repr(x))
    return x


print(v(0) and v(1))
print(v(2) and v(3))
print(v("") or v("default"))
print(v("set") or v("unused"))
print(v(None) or v(0) or v([]))
print(v(1) and v(0) or v("fallback"))
print(not 0, not [1], not None, type(not 1).__name__)
print([] or {}, (1, 2) and "x", 0.0 or -0.0, "a" and "" and "b")
name = ""
display = name or "anonymous"
config = {"debug": 0}
print(display, config.get("debug") or "off", config.get("debug") is not None and "present")
x = 5
print(0 < x and x < 10, x > 3 or 1 / 0, x < 3 and 1 / 0)
