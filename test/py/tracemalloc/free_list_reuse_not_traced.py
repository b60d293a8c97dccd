# A free list hands out blocks without calling the allocator: blocks parked before start() stay untraced, fresh ones are traced.
import gc
import tracemalloc

before_start = [1.5 * i for i in range(3)]
gc.collect()
parked = [float(i) + 0.5 for i in range(5)]
del parked  # five floats wait on the float free list
tracemalloc.start()
reused = [float(i) + 0.25 for i in range(5)]
fresh = [float(i) + 0.75 for i in range(5)]
print("made before start():", [tracemalloc.get_object_traceback(f) is None for f in before_start])
print("from the free list:", [tracemalloc.get_object_traceback(f) is None for f in reused])
print("new blocks:", [tracemalloc.get_object_traceback(f) is None for f in fresh])
print("the list objects:", tracemalloc.get_object_traceback(reused) is None, tracemalloc.get_object_traceback(fresh) is None)
tracemalloc.stop()
