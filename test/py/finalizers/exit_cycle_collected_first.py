# At exit the final collection runs before the module's namespace is released: garbage cycles
# are finalized first, then the globals.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


gc.disable()
keep = Noisy("global")
loop = Noisy("cycle")
loop.self = loop
del loop
print("end of module (collector disabled: the exit collection is skipped)")
