# A finalizer that resurrects one member of a cycle keeps the whole cycle alive; nothing is
# freed and nothing is counted until it is dropped again.
import gc

holder = []


class Member:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)
        if self.name == "keeper":
            holder.append(self)


gc.collect()
a, b = Member("keeper"), Member("other")
a.peer, b.peer = b, a
del a, b
print("collect() ->", gc.collect())
print("alive again:", holder[0].name, holder[0].peer.name)
print("both finalized:", gc.is_finalized(holder[0]), gc.is_finalized(holder[0].peer))
holder.clear()
print("collect() once dropped ->", gc.collect())
