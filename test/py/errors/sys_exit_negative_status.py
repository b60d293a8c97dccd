# Exit statuses are taken modulo 256 by the operating system: sys.exit(-1) is seen as 255.
import sys

print("exiting with -1")
sys.exit(-1)
