# KeyError for an empty-string key prints its repr, ''.
counts = {"a": 1}
name = ""
print(counts[name])
print("never reached")
