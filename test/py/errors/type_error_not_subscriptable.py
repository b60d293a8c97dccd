# Subscripting a function object instead of calling it.
def numbers():
    return [1, 2, 3]


print(numbers()[0])
print(numbers[0])
