# Dying containers release their items in CPython's order: lists and tuples from the last item
# to the first, dicts and sets of one item, instance attributes in the order of the class's
# keys.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("dict of lists:")
d = {"first": [Noisy("f0"), Noisy("f1")], "second": [Noisy("s0"), Noisy("s1")]}
del d
print("tuple of dicts:")
t = ({"k": Noisy("t0")}, {"k": Noisy("t1")})
del t
print("instance attributes, set in a different order on the second instance:")
class Pair:
    pass
p = Pair()
p.x, p.y = Noisy("x1"), Noisy("y1")
q = Pair()
q.y, q.x = Noisy("y2"), Noisy("x2")
del p
del q
print("list.clear():")
l = [Noisy("c0"), Noisy("c1"), Noisy("c2")]
l.clear()
print("dict.clear():")
e = {1: Noisy("d1"), 2: Noisy("d2")}
e.clear()
print("slice deletion:")
m = [Noisy("m0"), Noisy("m1"), Noisy("m2"), Noisy("m3")]
del m[1:3]
print("end")
