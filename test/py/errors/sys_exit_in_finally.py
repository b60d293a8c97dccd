# sys.exit inside a finally replaces the exception that was propagating: no traceback, status 4.
import sys


def risky():
    try:
        raise ValueError("lost when finally exits")
    finally:
        print("cleanup, then exit")
        sys.exit(4)


risky()
