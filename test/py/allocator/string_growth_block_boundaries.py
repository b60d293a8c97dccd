# An ASCII str of n characters needs 49 + n bytes: growing it in place keeps its address until that crosses a 16-byte boundary.
def moves(n, start):
    s = "".join([start, start])
    lengths = []
    for i in range(n):
        before = id(s)
        s += start
        if id(s) != before:
            lengths.append(len(s))
    return lengths


moves(10, "a")
print("ascii moved at lengths:", moves(120, "a"))
print("latin-1 (73 + n bytes):", moves(120, "\xe9"))
print("ucs-2 (72 + 2n + 2 bytes):", moves(120, "\u20ac"))
