# TypeError messages for missing positional arguments: one, two and three names, methods, lambdas.
def one(a):
    pass


def three(a, b, c):
    pass


class Shape:
    def resize(self, width, height):
        pass


calls = [
    lambda: one(),
    lambda: three(),
    lambda: three(1),
    lambda: three(1, 2),
    lambda: Shape().resize(),
    lambda: Shape.resize(Shape()),
    lambda: (lambda x, y: x)(1),
]
for call in calls:
    try:
        call()
    except TypeError as error:
        print(error)
