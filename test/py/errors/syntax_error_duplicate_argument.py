# The same parameter name twice in a function definition.
print("this file never runs: it does not compile")
def area(width, width):
    return width * width

print(area(2, 3))
