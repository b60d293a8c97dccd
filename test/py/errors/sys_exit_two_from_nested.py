# sys.exit(2) deep inside nested calls: every enclosing finally runs, innermost first.
import sys


def level(n):
    try:
        if n == 0:
            sys.exit(2)
        level(n - 1)
    finally:
        print("finally at level", n)


level(2)
