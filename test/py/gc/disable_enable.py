# A disabled collector never runs by itself, but gc.collect() still works.
import gc

events = []
gc.collect()
gc.disable()
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"])))
junk = [[i] for i in range(3000)]
automatic = len(events)
cycle = []
cycle.append(cycle)
del cycle
explicit = gc.collect(0)
gc.enable()
gc.callbacks.clear()
print("automatic collections while disabled:", automatic)
print("explicit collect(0):", explicit, events)
print("isenabled:", gc.isenabled())
