# Weak references and cycles: a weakref object's tp_traverse visits its callback (never its
# referent), so a weakref whose callback refers back to it is cyclic garbage the collector
# frees; a weakref that is garbage itself is cleared without calling its callback, while a
# live weakref to garbage gets its callback called (handle_weakrefs).
import gc, weakref

class Target:
    pass

keep = Target()
called = []

gc.collect()
holder = []
def callback(ref, holder=holder):
    called.append("callback")
holder.append(weakref.ref(keep, callback))
print("referents of the weakref:", [type(o).__name__ for o in gc.get_referents(holder[0])])
del holder, callback
print("weakref, its callback and the list:", gc.collect(), called)

gc.collect()
t = Target()
t.r = weakref.ref(t, lambda r: called.append("self-weakref callback"))
del t
print("object holding a weakref to itself (no cycle: freed at del):", gc.collect(), called)

gc.collect()
t = Target()
other = Target()
t.other, other.t = other, t
t.r = weakref.ref(other, lambda r: called.append("callback of a weakref to garbage"))
del t, other
print("weakref to garbage from garbage:", gc.collect(), called)

gc.collect()
survivor = Target()
t = Target()
t.me = t
survivor.r = weakref.ref(t, lambda r: called.append("callback of a live weakref"))
del t
print("live weakref to garbage:", gc.collect(), called)
