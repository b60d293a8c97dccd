# TypeError messages for too many positional arguments, with defaults and keyword-only parameters.
def none():
    pass


def two(a, b):
    pass


def ranged(a, b=2):
    pass


def kwonly(a, *, key=None):
    pass


class Box:
    def put(self, item):
        pass


calls = [
    lambda: none(1),
    lambda: two(1, 2, 3),
    lambda: ranged(1, 2, 3),
    lambda: kwonly(1, 2),
    lambda: kwonly(1, 2, key=3),
    lambda: Box().put(1, 2),
    lambda: Box(1),
    lambda: (lambda: 0)(1),
]
for call in calls:
    try:
        call()
    except TypeError as error:
        print(error)
