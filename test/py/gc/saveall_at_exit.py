# Under DEBUG_SAVEALL the garbage found at exit goes to gc.garbage instead of being freed, so its
# finalizers still run but the objects are not cleared.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Noisy("a")
a.me = a
del a
print("collect() ->", gc.collect(), len(gc.garbage))
print("end of module")
