# sys.exit() ends the module body early; shutdown still finalizes everything that is alive.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
try:
    b = Noisy("b")
    sys.exit(0)
finally:
    print("finally before exit")
c = Noisy("never created")
