# The automatic collection starts inside the allocation that takes generation 0's count over
# its threshold: the callback sees a count just above the threshold.
import gc

seen = []


def cb(phase, info):
    if phase == "start":
        seen.append((info["generation"], gc.get_count()))


gc.collect()
gc.set_threshold(50, 1000, 1000)
gc.callbacks.append(cb)
start = gc.get_count()[0]
objs = []
while not seen:
    objs.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
generation, counts = seen[0]
print("generation:", generation)
print("count when the collection started:", counts[0])
print("older generations:", counts[1:])
