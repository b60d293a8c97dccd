# A closing bracket that does not match the opening one.
print("this file never runs: it does not compile")
matrix = [[1, 2], [3, 4)]
print(matrix)
print("end of file")
