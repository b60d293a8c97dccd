# An exception in a gc callback is reported as unraisable; the other callbacks still run and
# the collection completes.
import gc


class Failing:
    def __repr__(self):
        return "<failing gc callback>"

    def __call__(self, phase, info):
        raise RuntimeError("callback failed in " + phase)


calls = []
gc.collect()
gc.callbacks.append(Failing())
gc.callbacks.append(lambda phase, info: calls.append(phase))
x = []
x.append(x)
del x
print("collect ->", gc.collect())
gc.callbacks.clear()
print("the second callback still ran:", calls)
