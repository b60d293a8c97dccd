# With a small threshold the collector runs automatically inside the allocation that takes
# generation 0 over it; gc.callbacks see which generation each automatic collection took.
import gc

gc.collect()
log = []
gc.set_threshold(5, 3, 1000)
gc.callbacks.append(lambda phase, info: phase == "start" and log.append(info["generation"]))
keep = []
for i in range(60):
    keep.append([])
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print("collections:", len(log))
print("generations:", log)
