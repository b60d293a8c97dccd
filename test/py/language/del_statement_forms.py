# del on names, subscripts, slices, attributes and several targets at once.
a, b, c = 1, [1, 2, 3, 4], {"k": 1, "j": 2}

class Box:
    pass

box = Box()
box.attr = 5
del a
del b[0], c["k"]
del b[1:]
del box.attr
print("a" in globals(), b, c, vars(box))
x = y = [0]
del x
print(y)
(p, q), r = (1, 2), 3
del (p, q), [r]
print([n for n in ("p", "q", "r") if n in globals()])
matrix = [[1, 2], [3, 4]]
del matrix[0][1], matrix[1]
print(matrix)
