# In-place growth keeps the string's kind: an ASCII string cannot take a non-ASCII character in place, a wider one can.
def last_append_in_place(start, extra):
    s = "".join(start)
    for i in range(12):
        s += start[0]
    before = id(s)
    s += extra
    return id(s) == before


print("ascii += ascii:", last_append_in_place(["a", "b"], "c"))
print("ascii += latin-1:", last_append_in_place(["a", "b"], "\xe9"))
print("latin-1 += ascii:", last_append_in_place(["\xe9", "b"], "c"))
print("ucs-2 += latin-1:", last_append_in_place(["\u20ac", "b"], "\xe9"))
print("latin-1 += ucs-2:", last_append_in_place(["\xe9", "b"], "\u20ac"))
