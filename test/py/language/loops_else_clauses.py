# for/while else runs when the loop ends without break; continue skips to the next iteration.
def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("  found at", index)
            break
    else:
        print("  not found")
        index = -1
    return index

print(find("abc", "b"), find("abc", "z"), find("", "a"))
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("  while body", n)
else:
    print("  while else, n =", n)
primes = []
for candidate in range(2, 20):
    for divisor in range(2, candidate):
        if candidate % divisor == 0:
            break
    else:
        primes.append(candidate)
print(primes)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print((i, j), end=" ")
print()
for x in []:
    pass
else:
    print("else after an empty loop")
