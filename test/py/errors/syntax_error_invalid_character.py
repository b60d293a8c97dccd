# A typographic quote pasted from a document: invalid character with its code point.
print("this file never runs: it does not compile")
message = “hello”
print(message)
print("end of file")
