# gc.callbacks receive ("start", info) and ("stop", info); info is a fresh dict with the
# generation and the results; callbacks run in list order.
import gc

log = []


def first(phase, info):
    log.append(("first", phase, sorted(info.items())))


def second(phase, info):
    log.append(("second", phase, info["collected"]))
    info["collected"] = -1          # changing it does not affect the other callbacks


gc.collect()
gc.callbacks.extend([first, second])
a = []
a.append(a)
b = {}
b["b"] = b
del a, b
result = gc.collect(1)
gc.callbacks.clear()
print("result:", result)
for entry in log:
    print(entry)
