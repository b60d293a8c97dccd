# sys.exit(True): a bool is an int, so the status is 1 and nothing is printed to stderr.
import sys

failed = 3 > 2
print("failed:", failed)
sys.exit(failed)
