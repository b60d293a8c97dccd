# Three chained exceptions: an explicit cause inside an implicit context.
def parse(text):
    return int(text)


def read(text):
    try:
        return parse(text)
    except ValueError as error:
        raise RuntimeError("read failed") from error


try:
    read("x")
except RuntimeError:
    raise SystemError("giving up")
