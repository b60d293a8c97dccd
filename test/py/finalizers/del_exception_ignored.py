# An exception raised by __del__ is printed as "Exception ignored in: ..." and execution goes on,
# both when the refcount drops to zero and during a collection.
import gc


class Boom:
    def __repr__(self):
        return "<Boom finalizer>"

    def __call__(self):
        raise ValueError("cleanup failed")


class Fragile:
    __del__ = Boom()


gc.collect()
f = Fragile()
del f
print("after the refcount death")
g = Fragile()
g.me = g
del g
print("collect() ->", gc.collect())
print("still running")
