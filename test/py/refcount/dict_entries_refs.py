# Dict keys and values each hold a reference; views hold the dict; items() tuples hold both.
import sys

key = tuple(["key"])
value = ["value"]
d = {key: value}
print("key:", sys.getrefcount(key), "value:", sys.getrefcount(value), "dict:", sys.getrefcount(d))
kv, vv, iv = d.keys(), d.values(), d.items()
print("three views hold the dict:", sys.getrefcount(d), "not the entries:", sys.getrefcount(key), sys.getrefcount(value))
pairs = list(d.items())
print("list(d.items()) holds both through a tuple:", sys.getrefcount(key), sys.getrefcount(value))
keys = list(d)
print("list(d) holds the key:", sys.getrefcount(key))
d[key] = "replaced"
print("value replaced, key kept:", sys.getrefcount(key), sys.getrefcount(value))
same = tuple(["key"])
d[same] = "again"
print("equal key object does not replace the stored key:", sys.getrefcount(key), sys.getrefcount(same), list(d)[0] is key)
del d[same]
print("entry deleted:", sys.getrefcount(key))
d2 = dict.fromkeys([key, value.__class__.__name__], value)
print("fromkeys shares one value:", sys.getrefcount(value))
