# sys.exit() ends the process from inside PyErr_Print, before __file__ and __cached__ would be
# deleted: an atexit handler still sees them.
import atexit
import sys


def at_exit(g=globals()):
    print("at exit:", "__file__" in g, "__cached__" in g)


atexit.register(at_exit)
sys.exit(3)
