# An opening parenthesis that is never closed: reported at the parenthesis.
print("this file never runs: it does not compile")
print("start")
total = sum([1, 2, 3]
print(total)
