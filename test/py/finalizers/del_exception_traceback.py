# The unraisable report of a failing finalizer shows the traceback of the finalizer's frames.
import sys


class Finalizer:
    def __repr__(self):
        return "<finalizer of Resource>"

    def __call__(self):
        helper()


def helper():
    {}["missing"]


class Resource:
    __del__ = Finalizer()


r = Resource()
r = None
print("program continues", file=sys.stdout)
