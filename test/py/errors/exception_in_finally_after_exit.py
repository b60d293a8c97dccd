# An exception raised in a finally while SystemExit propagates: the chained traceback shows both.
import sys


def close_files():
    raise OSError("disk detached")


try:
    print("exiting")
    sys.exit(3)
finally:
    close_files()
