# __getitem__/__setitem__/__delitem__ receive ints, slice objects and tuples exactly as written.
class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("  set", key, "=", value)

    def __delitem__(self, key):
        print("  del", key)


r = Recorder()
print(r[1], r[1:2], r[::-1], r[1, 2], r[1:2, ::3], r[...], r["k"])
s = r[1:10:2]
print(s.start, s.stop, s.step, s.indices(5))
r[0] = "zero"
r[1:3] = [1, 2]
r["a", "b"] = None
del r[5]
del r[:2]
r[0] += 5


class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __getitem__(self, pos):
        return self.cells.get(pos, ".")


g = Grid()
g[0, 1] = "#"
print("".join(g[0, c] for c in range(3)))
