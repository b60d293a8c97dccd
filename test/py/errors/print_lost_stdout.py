# print() looks sys.stdout up at each call (builtin_print_impl): when it is None nothing is
# written and nothing is checked; when sys has no stdout it raises RuntimeError('lost
# sys.stdout'); file.write is looked up again for every piece written (PyFile_WriteObject),
# and flush= is evaluated before anything is written.
import sys

saved = sys.stdout
sys.stdout = None
print("nothing appears")
print(1, 2, sep=5)
sys.stdout = saved
print("back")

class Counter:
    def __init__(self):
        self.parts = []
        self.lookups = 0
    def __getattribute__(self, name):
        if name == "write":
            object.__getattribute__(self, "__dict__")["lookups"] += 1
        return object.__getattribute__(self, name)
    def write(self, s):
        self.parts.append(s)

c = Counter()
print("a", "b", "c", file=c, sep="-")
print(c.parts, "write looked up", c.lookups, "times")

del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError:", e)

for kwargs in ({"sep": 3}, {"end": []}):
    try:
        print("x", **kwargs)
    except TypeError as e:
        print(e)

class Bad:
    def __bool__(self):
        raise ValueError("flush is evaluated first")

try:
    print("never written", flush=Bad())
except ValueError as e:
    print(e)

del sys.stdout
print("uncaught")
