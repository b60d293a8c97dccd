# A for-loop variable keeps referencing the last item after the loop ends; del releases it.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


items = [Tracked("first"), Tracked("last")]
for item in items:
    pass
print("loop variable holds:", item.name, sys.getrefcount(items[1]))
print("clearing the list:")
items.clear()
print("list cleared; 'last' survives through the loop variable:", item.name)
print("del item:")
del item
print("after del")


def in_function():
    for local in [Tracked("local loop item")]:
        pass
    print("  function returning")


in_function()
print("while loop variable:")
n = 0
while n < 2:
    current = Tracked("while %d" % n)
    n += 1
print("after while loop")
