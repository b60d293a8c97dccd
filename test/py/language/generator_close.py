# close() raises GeneratorExit at the paused yield; finally blocks run; yielding again is a RuntimeError.
def watched():
    try:
        yield "ready"
    finally:
        print("  finally")

g = watched()
print(next(g))
g.close()
print(g.gi_frame is None, next(g, "closed"))
g.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring GeneratorExit")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError:", error)
print(next(s, "ran to the end"))
unstarted = watched()
unstarted.close()
print("closing an unstarted generator runs nothing:", next(unstarted, "closed before start"))
