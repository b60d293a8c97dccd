# When an exception leaves a function, its locals live on in the traceback until the handler finishes.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)

def inner():
    t = Tracked("inner local")
    raise ValueError("fail")

def outer():
    u = Tracked("outer local")
    inner()

try:
    outer()
except ValueError:
    print("in the handler")
print("after the handler")
try:
    outer()
except ValueError as e:
    print("in the named handler")
print("after the named handler")

def swallow():
    v = Tracked("swallow local")
    try:
        inner()
    except ValueError:
        print("  swallowed inside")
    print("  swallow returning")

swallow()
print("end")
