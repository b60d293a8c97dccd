# Two starred targets in one assignment.
print("this file never runs: it does not compile")
first, *middle, *rest = range(5)
print(first, middle, rest)
print("end of file")
