# = instead of == in a condition: the parser suggests '=='.
print("this file never runs: it does not compile")
x = 5
if x = 5:
    print("five")
