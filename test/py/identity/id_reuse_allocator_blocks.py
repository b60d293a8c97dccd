# Objects without free lists reuse the block just freed when the next allocation is of the same size class.
class Point:
    __slots__ = ("x", "y")


class Big:
    __slots__ = tuple("s%d" % i for i in range(20))


results = []
for label, make in [("slotted instance", Point), ("20-slot instance", Big), ("set", lambda: set([1])),
                    ("bytes(100)", lambda: bytes(100)), ("str of 200 chars", lambda: "y" * 200),
                    ("bytearray", bytearray)]:
    first = make()
    saved = id(first)
    del first
    second = make()
    results.append((label, id(second) == saved))
    del second
p = Point()
saved = id(p)
del p
other_size = bytes(300)
results.append(("a different size class does not take the block", id(other_size) != saved))
q = Point()
results.append(("the next same-sized object does", id(q) == saved))
for label, ok in results:
    print(label + ":", ok)
