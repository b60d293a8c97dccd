# The collection at interpreter exit invokes gc.callbacks (it is gc.collect()'s full collection);
# the later shutdown collections do not.
import gc


def cb(phase, info):
    print("callback:", phase, info["generation"])


gc.callbacks.append(cb)
print("end of module")
