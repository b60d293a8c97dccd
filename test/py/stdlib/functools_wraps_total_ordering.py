# functools.wraps copies metadata onto a wrapper; total_ordering derives the missing comparisons.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("  calling", func.__name__)
        return func(*args)
    return wrapper

@logged
def documented(x):
    """Doubles x."""
    return 2 * x

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4))
print(documented.__qualname__, documented.__wrapped__(5))

def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

print(plain(documented).__name__, plain(documented).__doc__)

@functools.total_ordering
class Grade:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return self.score == other.score

    def __lt__(self, other):
        return self.score < other.score

print(Grade(3) >= Grade(2), Grade(1) > Grade(2), Grade(2) <= Grade(2), sorted(g.score for g in [Grade(5), Grade(1)]))
print(sorted(k for k in ("__le__", "__gt__", "__ge__") if k in vars(Grade)))
