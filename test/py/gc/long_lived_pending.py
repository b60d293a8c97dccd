# Generation 2 is collected automatically only when the objects promoted into it since the last
# full collection exceed a quarter of those it held then. gc.freeze() first keeps the
# interpreter's own objects out of the count, so the numbers below depend only on this program.
import gc

gc.collect()
gc.freeze()
base = [[] for _ in range(400)]
gc.collect()
log = []
gc.callbacks.append(lambda phase, info: phase == "start" and log.append(info["generation"]))
gc.set_threshold(10, 1, 1)
keep = []
for i in range(300):
    keep.append([i])
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
gc.unfreeze()
print("full collections:", log.count(2))
print("generation 1 collections:", log.count(1) > 0)
print("first full collection after", log.index(2) if 2 in log else None, "automatic collections")
