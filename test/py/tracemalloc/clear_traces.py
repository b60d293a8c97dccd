# clear_traces() forgets every trace but keeps tracing: objects made before it have no traceback any more.
import tracemalloc

tracemalloc.start()
old = bytes(3000)
print("traced:", tracemalloc.get_object_traceback(old) is not None, tracemalloc.get_traced_memory()[0] >= 3000)
tracemalloc.clear_traces()
print("after clear_traces():", tracemalloc.is_tracing(), tracemalloc.get_object_traceback(old), tracemalloc.get_traced_memory()[0] < 3000)
new = bytes(3000)
print("new allocations are traced again:", tracemalloc.get_object_traceback(new) is not None)
del old
print("freeing an untraced block changes nothing:", tracemalloc.get_traced_memory()[0] >= 3000)
tracemalloc.stop()
