# sys.exit() without an argument (None) ends the program with status 0 and prints nothing more.
import sys

print("before exit")
sys.exit()
print("never printed")
