# Tuples are tracked at creation; a collection of their generation untracks those whose items
# cannot be tracked, one nesting level per collection (3.11 untrack_tuples).
import gc


def runtime_tuple(*items):
    return tuple(items)


gc.collect()
atoms = runtime_tuple(1, "a", None)
holder = runtime_tuple([])
inner = runtime_tuple(1, 2)
outer = runtime_tuple(inner, 3)
deep = runtime_tuple(runtime_tuple(runtime_tuple(1)))
before = [gc.is_tracked(t) for t in (atoms, holder, inner, outer, deep)]
gc.collect(0)
after0 = [gc.is_tracked(t) for t in (atoms, holder, inner, outer, deep)]
gc.collect(1)
after1 = [gc.is_tracked(t) for t in (atoms, holder, inner, outer, deep)]
gc.collect()
after2 = [gc.is_tracked(t) for t in (atoms, holder, inner, outer, deep)]
gc.collect()
after3 = [gc.is_tracked(t) for t in (atoms, holder, inner, outer, deep)]
print("              atoms holder inner outer deep")
for label, row in (("created", before), ("collect(0)", after0), ("collect(1)", after1),
                   ("collect()", after2), ("collect() again", after3)):
    print("%-14s" % label, " ".join("%5s" % r for r in row))
print("empty tuple:", gc.is_tracked(()))
holder[0].append(1)
print("a tuple holding a list stays tracked:", gc.is_tracked(holder))
