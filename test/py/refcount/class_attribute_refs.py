# Class attributes are held once by the class dict, however many instances read them.
import sys


class Config:
    shared = ["shared"]

    def method(self):
        return self.shared


value = Config.shared
print("class dict + name:", sys.getrefcount(value))
instances = [Config() for _ in range(5)]
print("five instances do not add references:", sys.getrefcount(value))
reads = [c.method() for c in instances]
print("storing five reads adds five:", sys.getrefcount(value))
del reads
instances[0].shared = value
print("shadowing on one instance adds one:", sys.getrefcount(value))
Config.shared = ["replacement"]
print("class attribute rebound:", sys.getrefcount(value))
print("instance still sees its own:", instances[0].shared is value, instances[1].shared is value)
del instances[0].shared
print("shadow deleted:", sys.getrefcount(value))
