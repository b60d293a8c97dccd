# A frame object made for a running frame (sys._getframe, a traceback, gi_frame) is not tracked
# by the collector (_PyFrame_New_NoTrack); it is tracked once it outlives its call and takes
# the frame's contents (take_ownership).
import gc, sys

def f():
    fr = sys._getframe()
    return gc.is_tracked(fr), fr

tracked, fr = f()
print("during the call:", tracked, "after it:", gc.is_tracked(fr))
print("module frame:", gc.is_tracked(sys._getframe()))

def g():
    yield gc.is_tracked(sys._getframe())

print("running generator frame:", next(g()))
gen = g()
print("gi_frame of a new generator:", gc.is_tracked(gen.gi_frame))

def fail():
    raise ValueError

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
print("traceback:", gc.is_tracked(tb), "its frames:", gc.is_tracked(tb.tb_frame), gc.is_tracked(tb.tb_next.tb_frame))
gc.collect()
gc.freeze()
before = len(gc.get_objects())
frames = [sys._getframe() for _ in range(3)]
print("new tracked objects:", len(gc.get_objects()) - before)
