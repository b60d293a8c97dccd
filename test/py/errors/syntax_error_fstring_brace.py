# An f-string with an unclosed replacement field.
print("this file never runs: it does not compile")
name = "world"
print(f"hello {name")
print("done")
