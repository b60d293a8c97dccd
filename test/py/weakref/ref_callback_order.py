# Several callback refs to one object: on its death every ref is cleared first, then the
# callbacks run newest first; refs that died before the object never call back.
import weakref


class Obj:
    pass


def make_cb(name):
    def cb(ref):
        print("  callback", name, "ref() ->", ref())
    return cb


o = Obj()
plain = weakref.ref(o)
refs = [weakref.ref(o, make_cb(n)) for n in ("first", "second", "third")]
dropped = weakref.ref(o, make_cb("dropped"))
del dropped
print("weak refs before death:", weakref.getweakrefcount(o))
del o
print("plain ref after death:", plain())
