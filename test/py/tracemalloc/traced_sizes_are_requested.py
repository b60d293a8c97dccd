# Traces record the bytes requested, not pymalloc's rounded block size: bytes(n) is 33 + n, a str 49 + n, a float 24.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
objects = [
    ("bytes of 2", bytes([7]) + b"x"),
    ("bytes(100)", bytes(100)),
    ("str of 10 ascii", "".join(["abcde", "fghij"])),
    ("str of 3 latin-1", "".join(["\xe9", "\xe9\xe9"])),
    ("float", float(len("abc")) + 0.5),
    ("tuple of 3", tuple([1, 2, 3])),
    ("3-digit int", int("1" + "0" * 25)),
]
traced = [(label, tracemalloc.get_object_traceback(obj) is not None) for label, obj in objects]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
for label, ok in traced:
    print("%-18s traced: %s" % (label, ok))
sizes = sorted(t.size for t in snap.traces if t.traceback[0].filename == __file__)
print("sizes:", sizes)
