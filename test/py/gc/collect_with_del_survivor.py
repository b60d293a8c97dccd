# Objects reachable from a resurrected object survive with it and move to an older
# generation; the next collection finds them again once they are dropped.
import gc

survivors = []


class Phoenix:
    def __del__(self):
        survivors.append(self)


gc.collect()
p = Phoenix()
p.friend = [p, {"data": [1, 2, 3]}]
del p
print("first collection:", gc.collect())
print("resurrected:", len(survivors), gc.is_finalized(survivors[0]))
print("its friends came back too:", survivors[0].friend[1]["data"])
survivors.clear()
print("dropped again:", gc.collect())
