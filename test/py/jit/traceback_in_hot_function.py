# A function called often enough to be warm raises: the traceback names its lines and its callers'.
def div(a, b):
    return a // b


def outer(a, b):
    x = a + 1
    return div(x, b) + 1


total = 0
for i in range(50):
    total = total + outer(i, 3)
print(total)
outer(5, 0)
