# Inside a function, s += t grows s in place once the code is warmed up: the id stays while the block still fits.
def grow(n):
    s = "".join(["a", "b"])
    marks = []
    for i in range(n):
        before = id(s)
        s += "c"
        marks.append("=" if id(s) == before else "m")
    return "".join(marks)


print(grow(60))
print(grow(60))
