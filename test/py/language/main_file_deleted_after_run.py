# python3 FILE sets __main__.__file__ and __cached__ while the script runs and deletes them once it
# has finished (pythonrun.c _PyRun_SimpleFileObject): an atexit handler no longer sees them.
import atexit

print("while running:", "__file__" in globals(), __cached__)


def at_exit(g=globals()):
    print("at exit:", "__file__" in g, "__cached__" in g)


atexit.register(at_exit)
