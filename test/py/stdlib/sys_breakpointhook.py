# breakpoint() calls sys.breakpointhook (sys.__breakpointhook__ is the original); a replaced
# hook gets the arguments, and without one breakpoint() reports it lost.
import sys

print(sys.breakpointhook is sys.__breakpointhook__, sys.__breakpointhook__)


def hook(*args, **kwargs):
    print('hook', args, kwargs)
    return 'result'


sys.breakpointhook = hook
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
sys.breakpointhook = sys.__breakpointhook__
