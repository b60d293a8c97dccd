# throw() raises the exception at the paused yield: caught there it resumes; uncaught it ends the generator.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as error:
            print("  caught", repr(error))
            yield "recovered"

g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.throw(ValueError))

def fragile():
    yield 1
    yield 2

f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as error:
    print("propagated:", repr(error), f.gi_frame is None, next(f, "finished"))
try:
    fragile().throw(TypeError)
except TypeError as error:
    print("throw into an unstarted generator:", repr(error))
