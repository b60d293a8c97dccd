# Dicts start untracked and become tracked when a value or key that may be tracked is stored;
# only a full collection untracks them again (3.11 MAINTAIN_TRACKING and untrack_dicts).
import gc

gc.collect()
d = {}
states = [("empty", gc.is_tracked(d))]
d["a"] = 1
states.append(("atomic value", gc.is_tracked(d)))
d["b"] = (1, 2)
states.append(("constant tuple value", gc.is_tracked(d)))
d["c"] = []
states.append(("list value", gc.is_tracked(d)))
del d["c"]
states.append(("list removed", gc.is_tracked(d)))
gc.collect(0)
states.append(("after collect(0)", gc.is_tracked(d)))
gc.collect(1)
states.append(("after collect(1)", gc.is_tracked(d)))
gc.collect()
states.append(("after a full collection", gc.is_tracked(d)))
k = {(1, 2): "tuple key"}
states.append(("tuple key of ints", gc.is_tracked(k)))
k2 = dict.fromkeys(["x", "y"])
states.append(("fromkeys of strings", gc.is_tracked(k2)))
k3 = {i: str(i) for i in range(5)}
states.append(("comprehension of atoms", gc.is_tracked(k3)))
k4 = dict(a=[1])
states.append(("dict(a=[1])", gc.is_tracked(k4)))
k5 = k4.copy()
states.append(("copy of a tracked dict", gc.is_tracked(k5)))
for label, tracked in states:
    print("%-26s %s" % (label, tracked))
