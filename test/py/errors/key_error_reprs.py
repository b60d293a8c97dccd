# KeyError shows the repr of the missing key: here a tuple key.
grid = {(0, 0): "start", (1, 0): "wall"}
print(grid[(0, 0)])
print(grid[1, 1])
print("never reached")
