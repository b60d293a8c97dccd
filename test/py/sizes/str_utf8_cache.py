# A non-ASCII str grows when its UTF-8 form is cached inside it (3.11 caches it for type names, not for encode()).
import sys

s = "".join(["caf", "\xe9"])
print("before:", sys.getsizeof(s))
s.encode("utf-8")
print("after encode():", sys.getsizeof(s))
T = type(s, (), {})
print("after type(s, ...):", sys.getsizeof(s), " grew by len(utf-8) + 1:", sys.getsizeof(s) - 77 == len(s.encode()) + 1)
a = "".join(["ab", "c"])
type(a, (), {})
print("ASCII strings are their own UTF-8:", sys.getsizeof(a))
