# get_tracemalloc_memory() is the size of tracemalloc's own tables: it grows with the traces and shrinks back after stop().
import tracemalloc

idle = tracemalloc.get_tracemalloc_memory()
tracemalloc.start()
empty = tracemalloc.get_tracemalloc_memory()
data = [bytes(i) for i in range(2, 200)]
busy = tracemalloc.get_tracemalloc_memory()
tracemalloc.stop()
after = tracemalloc.get_tracemalloc_memory()
print("idle == just started == after stop:", idle == empty == after)
print("grows while tracing many blocks:", busy > empty)
print("idle size is three empty hash tables:", idle)
