# A running frame holds a counted reference to its code object (f_code) and one to its
# function (f_func); a generator holds gi_code besides its frame's; module, exec and class
# body code runs in a function of its own, which holds the code too.
import sys, gc

def f():
    return sys.getrefcount(f.__code__)

print("outside a call", sys.getrefcount(f.__code__))
print("inside a call", f())

def g():
    return sys.getrefcount(sys._getframe().f_code)

print("the frame's own f_code", g())

def gen():
    yield sys.getrefcount(gen.__code__)

before = sys.getrefcount(gen.__code__)
it = gen()
print("a new generator adds", sys.getrefcount(gen.__code__) - before)
print("while it runs", next(it) - before)
del it
print("after it is gone", sys.getrefcount(gen.__code__) - before)

kept = None
def keep():
    global kept
    kept = sys._getframe()

before = sys.getrefcount(keep.__code__)
keep()
print("a frame object outliving its call adds", sys.getrefcount(keep.__code__) - before)
kept = None
print("once the frame object is gone", sys.getrefcount(keep.__code__) - before)

print("module code", sys.getrefcount(sys._getframe().f_code))
exec("import sys; print('exec code', sys.getrefcount(sys._getframe().f_code))")
class K:
    print("class body code", sys.getrefcount(sys._getframe().f_code))

g = {}
exec("import gc, sys\nr = gc.get_referrers(sys._getframe().f_code)\nprint('referrers of exec code', sorted(type(x).__name__ for x in r))", g)
code = compile("__import__('sys').getrefcount(__import__('sys')._getframe().f_code)", "s", "eval")
print("eval of a code object", eval(code))
print("the code after eval", sys.getrefcount(code))
