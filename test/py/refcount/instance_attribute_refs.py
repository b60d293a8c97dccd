# Instance attributes: setattr, vars(), __dict__ access and attribute deletion change counts as expected.
import sys


class Record:
    def __init__(self, payload):
        self.payload = payload


payload = ["data"]
r1 = Record(payload)
print("one instance attribute:", sys.getrefcount(payload))
r2 = Record(payload)
setattr(r2, "extra", payload)
print("second instance, two attributes:", sys.getrefcount(payload))
attrs = vars(r1)
print("vars() returns the instance dict itself:", attrs is r1.__dict__, sys.getrefcount(payload))
attrs["payload"] = None
print("writing through vars():", sys.getrefcount(payload), r1.payload)
del r2.extra
print("del attribute:", sys.getrefcount(payload))
print("instance refcount:", sys.getrefcount(r2))
bound = r2.__init__
print("bound method holds the instance:", sys.getrefcount(r2))
del bound
del r2
print("instance deleted:", sys.getrefcount(payload))
