# The float free list keeps at most 100 floats; the 101st freed float goes back to the allocator.
import gc

gc.collect()
floats = [float(i) + 0.5 for i in range(101)]
ids = [id(f) for f in floats]
del floats
fresh = [float(i) + 0.25 for i in range(101)]
reused = sum(1 for f in fresh if id(f) in ids)
print("floats reused:", reused)
print("first new float is the last one pushed:", id(fresh[0]) == ids[99])
