# Several managers in one with statement enter left to right and exit right to left, even on errors.
class Resource:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        print("  enter", self.name)
        if self.fail_enter:
            raise RuntimeError("cannot open " + self.name)
        return self

    def __exit__(self, *exc):
        print("  exit", self.name, exc[0].__name__ if exc[0] else "")
        return False


with Resource("a") as a, Resource("b") as b, Resource("c"):
    print("  body", a.name, b.name)
try:
    with Resource("x"), Resource("y", fail_enter=True), Resource("z"):
        print("  never")
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    with (
        Resource("p") as p,
        Resource("q"),
    ):
        raise KeyError("body failed")
except KeyError as error:
    print("KeyError:", error)
with Resource("outer"):
    with Resource("inner"):
        print("  nested body")
