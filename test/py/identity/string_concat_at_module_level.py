# At module level s += t builds a new string every time (STORE_NAME is never specialised); freed blocks are reused, so few addresses recur.
s = "".join(["a", "b"])
moved = 0
ids = set()
for i in range(40):
    before = id(s)
    s += "x"
    moved += id(s) != before
    ids.add(id(s))
print("moved on every append:", moved == 40)
print("distinct addresses it lived at:", len(ids))
