# get_referrers of a local object finds the frame object only if one exists; globals dicts and
# containers are always found.
import gc
import sys


class Marker:
    pass


def holder():
    m = Marker()
    found_before = [type(r).__name__ for r in gc.get_referrers(m)]
    frame = sys._getframe()
    found_after = [type(r).__name__ for r in gc.get_referrers(m)]
    return found_before, found_after


before, after = holder()
print("no frame object yet:", before)
print("with a frame object:", after)
gc.collect()
