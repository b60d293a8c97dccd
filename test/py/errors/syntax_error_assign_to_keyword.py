# Assigning to True.
print("this file never runs: it does not compile")
True = 1
print(True)
False = 0
