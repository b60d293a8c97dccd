# get_traced_memory() is (current, peak); a temporary allocation raises the peak only, and reset_peak() brings it down to current.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()
temp = bytes(100000)
with_temp = tracemalloc.get_traced_memory()[0] - base
del temp
current, peak = tracemalloc.get_traced_memory()
print("the bytes object added at least 100000:", with_temp >= 100000)
print("after del: current small, peak remembers:", current - base < 1000, peak - base >= 100000)
tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print("after reset_peak(): peak - current < 1000:", peak - current < 1000)
small = bytes(5000)
current, peak = tracemalloc.get_traced_memory()
print("a new allocation moves both:", peak >= current, current - base >= 5000)
tracemalloc.stop()
print("stopped:", tracemalloc.get_traced_memory())
