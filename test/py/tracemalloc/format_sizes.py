# Statistic's str uses B below 10 KiB, then one decimal below 100 of the unit, and whole units up to 10 * 1024 of it.
import tracemalloc

tb = tracemalloc.Traceback((("f.py", 1),))
for size in [0, 1, 1023, 1024, 10239, 10240, 102399, 102400, 1048576, 10 * 1048576, 150 * 1048576, 5 * 1024 ** 4, 7 * 1024 ** 5]:
    print(size, "->", str(tracemalloc.Statistic(tb, size, 1)).split("size=")[1])
for diff in [-100, -20000, 0, 300000]:
    print(diff, "->", str(tracemalloc.StatisticDiff(tb, 1000, diff, 2, -1)).split("size=")[1])
