# The weak containers of the weakref module hold their entries weakly: reference counts, when an
# entry disappears (at once, or after an iteration), the objects each container owns, and
# WeakMethod and finalize.
import gc
import sys
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


def count(o):
    return sys.getrefcount(o) - 1


gc.collect()
print("WeakValueDictionary")
wvd = weakref.WeakValueDictionary()
key = "k" + str(1)
value = Obj("v")
print("  before:", count(key), count(value))
wvd[key] = value
print("  after storing: key +2 (dict key and KeyedRef.key), value +0:", count(key), count(value))
kref = wvd.data[key]
print("  the weakref:", type(kref).__name__, kref.key is key, kref() is value, weakref.getweakrefcount(value))
del kref
print("  owned:", type(wvd._remove).__name__, wvd._pending_removals, wvd._iterating)
del value
print("  value died: entry removed at once:", key in wvd.data, len(wvd), count(key))
values = [Obj(i) for i in range(5)]
wvd.update((i, v) for i, v in enumerate(values))
it = wvd.values()
first = next(it)
print("  an open iteration holds a guard:", len(wvd._iterating), first)
values[3] = None
print("  death during iteration is queued:", wvd._pending_removals, 3 in wvd.data)
del first
rest = list(it)
print("  the iteration finished, the guard left and the queue emptied:", wvd._iterating, wvd._pending_removals, sorted(wvd.keys()))
del rest
it = iter(wvd.items())
next(it)
values[4] = None
print("  queued again:", wvd._pending_removals)
del it
print("  a dropped iterator commits its removals too:", wvd._pending_removals, sorted(wvd))
print("  get/pop/setdefault/popitem:", wvd.get(9, "none"), wvd.pop(0).name, wvd.setdefault(1, values[0]).name,
      len(wvd.valuerefs()), wvd.copy().__class__.__name__)
try:
    wvd[42]
except KeyError as e:
    print("  KeyError", e)
print("  repr starts:", repr(wvd).startswith("<WeakValueDictionary at 0x"))

print("WeakKeyDictionary")
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
payload = ["payload"]
print("  before:", count(k1), count(payload))
wkd[k1] = payload
wkd[k2] = "two"
print("  after storing: key +0, value +1:", count(k1), count(payload))
print("  keyrefs:", len(wkd.keyrefs()), k1 in wkd, Obj("x") in wkd, 5 in wkd)
del k1
print("  key died: entry gone, value released:", len(wkd), count(payload))
keys = [Obj(i) for i in range(4)]
for k in keys:
    wkd[k] = k.name
gen = wkd.keys()
next(gen)
keys[1] = None
print("  pending while iterating:", len(wkd._pending_removals), "len counts it out:", len(wkd))
del gen
print("  after:", sorted(v for v in wkd.values() if isinstance(v, int)), len(wkd._pending_removals))
del wkd[k2]
print("  del and pop:", len(wkd), wkd.pop(keys[0]), wkd.get(keys[2]), wkd.setdefault(keys[3], "other"))

print("WeakSet")
ws = weakref.WeakSet()
members = [Obj(i) for i in range(4)]
print("  before:", count(members[0]))
ws.update(members)
print("  after add: +0:", count(members[0]), len(ws), members[0] in ws, 3 in ws)
walker = iter(ws)
held = next(walker)
# The iterator holds the member it produced last; another one dies.
victim = next(i for i, m in enumerate(members) if m is not held)
members[victim] = None
del held
print("  queued while iterating:", len(ws._pending_removals), len(ws))
del walker
print("  committed:", len(ws._pending_removals), len(ws), len(ws.data))
alive = [m for m in members if m is not None]
other = weakref.WeakSet(alive[:2])
print("  set operations:", len(ws - other), ws >= other, other < ws, ws == weakref.WeakSet(ws),
      len(ws & other), len(other | ws), ws.isdisjoint(other), (ws ^ other) == weakref.WeakSet(alive[2:]))
popped = ws.pop()
print("  pop:", type(popped).__name__, len(ws))
ws.clear()
try:
    ws.pop()
except KeyError as e:
    print("  KeyError", e)

print("WeakMethod")


class Greeter:
    def hello(self):
        return "hello from " + type(self).__name__


g = Greeter()
died = []
wm = weakref.WeakMethod(g.hello, lambda r: died.append("callback"))
print("  alive:", wm()(), count(g), wm == weakref.WeakMethod(g.hello), hash(wm) == hash(weakref.ref(g)))
del g
print("  instance died:", wm(), died, wm == wm)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("  TypeError", e)

print("finalize")
target = Obj("t")
f = weakref.finalize(target, print, "  finalizer ran for", "t")
print("  alive:", f.alive, f.atexit, f.peek()[2], count(target))
del target
print("  after death:", f.alive, f.peek(), f.detach(), f())
t2 = Obj("t2")
f2 = weakref.finalize(t2, lambda: "result")
print("  called early:", f2(), f2.alive, f2(), repr(f2).endswith("; dead>"))
