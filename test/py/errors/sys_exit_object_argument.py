# sys.exit with an object that is neither int nor None: its str() goes to stderr and the status is 1.
import sys

problems = ["missing name", "bad port"]
print("found", len(problems), "problems")
sys.exit(problems)
