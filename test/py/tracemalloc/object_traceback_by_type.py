# get_object_traceback() finds the block behind any object, whatever its pre-header (GC head, managed dict) size.
import tracemalloc


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


tracemalloc.start()
objects = [
    ("instance (GC head + managed dict)", Plain()),
    ("slots instance (GC head)", Slotted()),
    ("list (GC head)", [1, 2, 3] * 2),
    ("bytes (no pre-header)", bytes(50)),
    ("str (no pre-header)", "".join(["ab", "cd"])),
    ("dict", {"k": len("x")}),
    ("set", {1, 2, 3}),
]
for label, obj in objects:
    tb = tracemalloc.get_object_traceback(obj)
    print("%-36s %s" % (label, "line %d" % tb[0].lineno if tb else None))
print("static objects have none:", tracemalloc.get_object_traceback(None), tracemalloc.get_object_traceback(int))
tracemalloc.stop()
