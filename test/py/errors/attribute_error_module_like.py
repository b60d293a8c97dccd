# AttributeError on a built-in type's instance with a close suggestion.
items = ["b", "a"]
items.sort()
print(items)
items.apend("c")
