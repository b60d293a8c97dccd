# An error inside an expression that spans several lines shows every line of it.
values = [1, 2, 3]
weights = {"a": 1}
result = (
    values[0] * 2
    + weights["b"]
    - 1
)
print(result)
