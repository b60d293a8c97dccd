# Threshold 0 for generation 0 turns automatic collection off: no callback runs while
# thousands of containers are created.
import gc

events = []
gc.collect()
old = gc.get_threshold()
gc.set_threshold(0)
gc.callbacks.append(lambda phase, info: events.append(phase))
junk = []
for i in range(5000):
    junk.append([i])
gc.callbacks.clear()
gc.set_threshold(*old)
print("threshold:", old, "-> collections seen:", len(events))
print("thresholds restored:", gc.get_threshold())
