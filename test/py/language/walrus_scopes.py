# Assignment expressions: in conditions, while loops, comprehensions (binding in the enclosing scope).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list:", n)
values = iter(data)
while (item := next(values, None)) is not None:
    if item > 5:
        print("  big", item)
print([y for x in data if (y := x * 2) > 6], y)


def outer():
    [last := i for i in range(4)]
    return last


print(outer())
total = 0
print([total := total + x for x in data], total)
if (parts := "ada@example".partition("@"))[1]:
    print(parts[0], parts[2])
print((z := 10) + z, z)
print([(a, b) for a in range(3) if (b := a * a) % 2 == 0])
