# A with block keeps the manager alive (its __exit__ is held) even if the `as` name or the only name goes.
import sys


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("  __exit__")
        return False

    def __del__(self):
        print("  __del__ Manager")


m = Manager()
print("before with:", sys.getrefcount(m))
with m as same:
    print("inside with (m, same, the saved __exit__):", sys.getrefcount(m))
print("after with (m, same):", sys.getrefcount(m))
del same
print("manager created inline, its name deleted inside the block:")
with Manager() as inline:
    del inline
    print("  name deleted, block still running")
print("after the block")
