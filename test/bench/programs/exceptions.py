# Exceptions raised and caught: try/except/else/finally, custom classes, re-raise, KeyError/IndexError.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise ValueError("bad")
    return i


def main():
    caught = 0
    codes = 0
    finals = 0
    for i in range(60000):
        try:
            risky(i)
        except AppError as e:
            codes += e.code
        except ValueError:
            caught += 1
        else:
            caught += 2
        finally:
            finals += 1
    d = {}
    misses = 0
    for i in range(40000):
        try:
            d[i]
        except KeyError:
            misses += 1
    lst = [1, 2, 3]
    for i in range(40000):
        try:
            try:
                lst[i]
            except IndexError:
                raise
        except LookupError:
            misses += 1
    return (caught, codes, finals, misses)


for _ in range(4):
    result = main()
print(*result)
