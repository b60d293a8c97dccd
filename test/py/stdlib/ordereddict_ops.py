# collections.OrderedDict: move_to_end, popitem(last=...), order-sensitive equality, LRU idiom.
from collections import OrderedDict

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print(list(od))
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict([("x", 1)]), OrderedDict(), list(reversed(OrderedDict(p=1, q=2))))


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_item(self, key):
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            print("  evict", self.popitem(last=False))


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get_item("a")
cache.put("c", 3)
print(list(cache.items()))
try:
    od.move_to_end("zz")
except KeyError as error:
    print("KeyError:", error)
