# Iterating over an int in a for loop.
count = 3
for i in range(count):
    print(i)
for i in count:
    print(i)
