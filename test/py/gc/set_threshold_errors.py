# gc.set_threshold argument handling, and thresholds read back.
import gc

old = gc.get_threshold()
for args in [(), (1, 2, 3, 4), ("a",), (1.5,), (2 ** 40,), (-(2 ** 40),)]:
    try:
        gc.set_threshold(*args)
        print(args, "accepted")
    except (TypeError, OverflowError) as error:
        print(args, type(error).__name__, error)
gc.set_threshold(500)
print("one value:", gc.get_threshold())
gc.set_threshold(500, 5)
print("two values:", gc.get_threshold())
gc.set_threshold(-1, 0, 0)
print("negative accepted:", gc.get_threshold())
gc.set_threshold(*old)
print("restored:", gc.get_threshold())
for bad in ("x", 3, -1, 2 ** 70):
    try:
        gc.collect(bad)
    except (TypeError, ValueError, OverflowError) as error:
        print("collect(%r):" % (bad,), type(error).__name__, error)
print("collect(True) is generation 1:", gc.collect(True) >= 0)
