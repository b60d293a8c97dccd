# Collecting generation g zeroes the counts up to g and bumps generation g+1
# (test_gc.test_collect_generations).
import gc

gc.collect()
readings = []
x = []
gc.collect(0)
readings.append(gc.get_count())
gc.collect(0)
readings.append(gc.get_count())
gc.collect(1)
readings.append(gc.get_count())
gc.collect(1)
gc.collect(1)
readings.append(gc.get_count())
gc.collect(2)
readings.append(gc.get_count())
for r in readings:
    print(r[1:])
