# gc.set_debug(DEBUG_STATS | DEBUG_COLLECTABLE) writes through sys.stderr.write
# (PySys_WriteStderr), in calls of its own: the "collecting generation" line, the generation
# sizes with the permanent one, one "collectable <type address>" line per unreachable object,
# then "done" with the counts and the elapsed time (shown here only as a well-formed number).
import gc, sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

class Node:
    pass

def show(parts, names):
    print(len(parts), "writes")
    for part in parts:
        for line in part.split("\n")[:-1]:
            if line.endswith("s elapsed"):
                head, _, tail = line.rpartition(", ")
                seconds = tail[: -len("s elapsed")]
                print(head + ", <t>s elapsed", float(seconds) >= 0, len(seconds.split(".")[1]))
            elif "permanent generation" in line:
                count = int(line.rsplit(" ", 1)[1])
                print(line.rsplit(" ", 1)[0], "<frozen>", count == gc.get_freeze_count())
            else:
                for address, name in names.items():
                    line = line.replace(address, name)
                print(line)

gc.collect()
gc.freeze()
cap = Capture()
saved = sys.stderr
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
a = Node()
b = Node()
a.b, b.a = b, a
names = {hex(id(a)): "<a>", hex(id(b)): "<b>"}
del a, b
collected = gc.collect(0)
gc.set_debug(0)
sys.stderr = saved
print("collected", collected)
show(cap.parts, names)

# Nothing goes to sys.stderr once the flags are cleared.
cap.parts.clear()
sys.stderr = cap
gc.collect(1)
sys.stderr = saved
print("after set_debug(0):", cap.parts)
print("get_debug:", gc.get_debug(), gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
