# Free lists are stacks: after draining them, a freed list/dict/float/tuple is the next one handed out.
keep = [[] for _ in range(100)]
keep += [{} for _ in range(100)]
keep += [float(i) for i in range(150)]
keep += [tuple([i, i]) for i in range(2100)]
results = []
a = [1]
b = [2]
id_a, id_b = id(a), id(b)
del a
del b
c = [3]
d = [4]
results.append(("lists: last freed comes back first", id(c) == id_b and id(d) == id_a))
e = {"k": 1}
id_e = id(e)
del e
f = {"other": 2}
results.append(("dict reuses the freed dict", id(f) == id_e))
g = float("1.5")
id_g = id(g)
del g
h = float("2.5")
results.append(("float reuses the freed float", id(h) == id_g))
t = tuple([1, 2])
id_t = id(t)
del t
t3 = tuple([1, 2, 3])
same_size = tuple([5, 6])
results.append(("tuple: a 3-tuple does not take a 2-tuple's slot", id(t3) != id_t))
results.append(("tuple: the next 2-tuple does", id(same_size) == id_t))
for label, ok in results:
    print(label + ":", ok)
