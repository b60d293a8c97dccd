# Dicts have the same kind of free list: a new dict takes the most recently freed one.
import gc

gc.collect()
d1 = {"a": 1}
d2 = {"b": 2}
i1, i2 = id(d1), id(d2)
del d1, d2
first = {}
second = {}
print("first new dict is the last freed:", id(first) == i2)
print("second is the one freed before:", id(second) == i1)
