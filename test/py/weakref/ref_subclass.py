# weakref.ref can be subclassed: instances carry extra attributes, are never shared like the
# basic ref, and their __callback__ is visible.
import weakref


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag, callback=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, tag, callback=None):
        super().__init__(ob, callback)


class WithDict(weakref.ref):
    pass


class Target:
    pass


t = Target()
basic = weakref.ref(t)
tagged = Tagged(t, "hello")
print("tag:", tagged.tag, " referent:", tagged() is t, " shared with basic:", tagged is basic)
print("__callback__:", tagged.__callback__)
cb = lambda r: print("  callback with tag", r.tag)
tagged2 = Tagged(t, "with callback", cb)
print("__callback__ is cb:", tagged2.__callback__ is cb)
w = WithDict(t)
w.note = "free attribute"
print("dict subclass attribute:", w.note, " is basic:", w is basic)
print("refs:", weakref.getweakrefcount(t))
print("isinstance:", isinstance(tagged, weakref.ref), type(tagged).__name__)
del t
print("after death:", tagged(), w(), tagged2.__callback__)
