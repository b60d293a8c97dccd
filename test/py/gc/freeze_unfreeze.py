# gc.freeze() moves every tracked object to the permanent generation, where collections do
# not look; gc.unfreeze() puts them back in the oldest generation.
import gc

gc.collect()
cycle = []
cycle.append(cycle)
del cycle
gc.freeze()
frozen = gc.get_freeze_count()
counts = gc.get_count()
found_frozen = gc.collect()
in_gen2 = len(gc.get_objects(2))
gc.unfreeze()
after_unfreeze = gc.get_freeze_count()
found_after = gc.collect()
print("something was frozen:", frozen > 0)
print("counts after freeze:", counts)
print("a frozen cycle is not collected:", found_frozen)
print("generation 2 was empty while frozen:", in_gen2 == 0)
print("freeze count after unfreeze:", after_unfreeze)
print("collected after unfreeze:", found_after)
