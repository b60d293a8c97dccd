# Clearing containers releases items: list.clear and del slices go from last to first, dict.clear first to last.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


lst = [Tracked("l%d" % i) for i in range(3)]
print("list.clear():")
lst.clear()
lst = [Tracked("s%d" % i) for i in range(4)]
print("del lst[1:3]:")
del lst[1:3]
print("lst[:] = []:")
lst[:] = []
d = {i: Tracked("d%d" % i) for i in range(3)}
print("dict.clear():")
d.clear()
s = {Tracked("set item")}
print("set.clear():")
s.clear()
lst = [Tracked("p0"), Tracked("p1")]
print("pop() without keeping the result:")
lst.pop()
print("remove():")
lst.remove(lst[0])
print("end")
