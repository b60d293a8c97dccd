# The cyclic collector (issue 4): a full collection over a heap of 1,000,000 tracked objects.
# Only the collections are timed: the program prints "@time SECONDS" (one full collection,
# the median of three), which the bench runner reads instead of the whole run's time.
import gc
import time


def main():
    gc.disable()
    objs = [[] for _ in range(1000000)]
    gc.collect()
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        n = gc.collect()
        times.append(time.perf_counter() - t0)
    gc.enable()
    times.sort()
    print("@time", times[1])
    return n, len(objs)


print(*main())
