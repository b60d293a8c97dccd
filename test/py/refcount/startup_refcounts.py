# A fresh script already finds None, True, the small ints and the builtin types referenced many
# times over: by the code objects, functions, dicts and type MROs of the modules CPython imported
# while starting (io, codecs, encodings, site, os, abc...).
import sys

print("True:", sys.getrefcount(True))
print("False:", sys.getrefcount(False))
print("Ellipsis:", sys.getrefcount(...))
print("NotImplemented:", sys.getrefcount(NotImplemented))
print("None: over 5000:", sys.getrefcount(None) > 5000, "under 6000:", sys.getrefcount(None) < 6000)
for t in (object, type, int, str, tuple, list, dict, Exception, OSError, KeyError):
    print(t.__name__, sys.getrefcount(t))
for n in range(-5, 257, 37):
    print(n, sys.getrefcount(n) - 10**9)
print("empty tuple:", sys.getrefcount(()) - 10**9)
print("empty str:", sys.getrefcount("") - 10**9)
