# SystemExit is not an Exception: `except Exception` does not catch sys.exit(0), finally still runs.
import sys


def shutdown():
    print("shutting down")
    sys.exit(0)


try:
    shutdown()
except Exception:
    print("never printed: SystemExit derives from BaseException")
finally:
    print("finally runs")
print("never printed")
