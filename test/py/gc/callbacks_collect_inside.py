# gc.collect() called from inside a gc callback returns 0: a collection is already running.
import gc

seen = []


def cb(phase, info):
    if phase == "start":
        seen.append(gc.collect())


gc.collect()
gc.callbacks.append(cb)
x = []
x.append(x)
del x
print("outer collect:", gc.collect())
gc.callbacks.remove(cb)
print("inner collects:", seen)
