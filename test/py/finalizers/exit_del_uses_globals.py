# Finalizers that run during teardown can still use builtins and module globals that have not
# been released yet.
import gc

PREFIX = "bye from"


class Talker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(PREFIX, self.name, len(self.name))


first = Talker("first")
second = Talker("second")
cycle = Talker("cycle")
cycle.me = cycle
del cycle
print("end of module")
