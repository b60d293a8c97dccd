# With the collector disabled, the exit collection that would call gc.callbacks is skipped, but
# cycles are still reclaimed by the shutdown collections, which ignore gc.disable().
import gc


class Noisy:
    def __del__(self):
        print("del in a cycle")


def cb(phase, info):
    print("callback:", phase)


gc.callbacks.append(cb)
gc.disable()
n = Noisy()
n.me = n
del n
print("end of module")
