# Objects a program hides in builtins or sys live until late in shutdown: builtins is restored to
# its start-up contents (its old contents are released with builtins complete again), while
# sys is cleared last, when print() and sys.stderr are already gone.
import sys
import builtins


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        sys.__stderr__.write("del " + self.n + "\n")
        print("print from", self.n)


sys.keep = Noisy("sys attribute")
builtins.kept = Noisy("builtins attribute")
print("end")
