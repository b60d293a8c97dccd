# Counts in nested containers: an inner list is referenced once per slot, the outer once per name.
import sys

inner = [0]
grid = [inner, inner, inner]
print("inner in 3 slots:", sys.getrefcount(inner), " outer:", sys.getrefcount(grid))
rows = [inner] * 4
print("+ [inner] * 4:", sys.getrefcount(inner))
table = {"a": grid, "b": [grid, [grid]]}
print("grid after 3 more containers refer to it:", sys.getrefcount(grid))
matrix = [[0] * 3 for _ in range(3)]
print("comprehension rows are distinct:", [sys.getrefcount(row) for row in matrix])
shared_rows = [[0] * 3] * 3
print("multiplied rows share one list:", sys.getrefcount(shared_rows[0]))
shared_rows[0][0] = 1
print(shared_rows)
deep = [[[inner]]]
print("inner, one more level down:", sys.getrefcount(inner))
del rows
print("rows deleted:", sys.getrefcount(inner))
del table["b"]
print("grid after table['b'] deleted:", sys.getrefcount(grid))
grid.clear()
print("grid cleared:", sys.getrefcount(inner))
