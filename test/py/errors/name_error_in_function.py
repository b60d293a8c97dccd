# A NameError inside a function suggests a similar local name.
def area(width, height):
    return widht * height


print(area(2, 3))
