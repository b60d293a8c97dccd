# The cyclic collector (issue 4): 100,000 two-object cycles created and collected. Automatic
# collections run as the thresholds say, then a final gc.collect().
import gc


class Pair:
    pass


def main():
    gc.collect()
    for i in range(100000):
        a = Pair()
        b = Pair()
        a.other = b
        b.other = a
    a = b = None
    gc.collect()
    return gc.collect()


print(main())
