# s = s + t in a warm function keeps the string's id when CPython's specialised add appends in place.
def grow(n):
    s = ''
    ids = 0
    prev = 0
    k = 0
    while k < n:
        s = s + 'ab'
        if id(s) == prev:
            ids = ids + 1
        prev = id(s)
        k = k + 1
    return ids


def mixed(a, b):
    return a + b


for i in range(12):
    r = grow(40)
print(r)
for i in range(20):
    mixed(i, i)
print(mixed('x', 'y'), mixed([1], [2]), mixed(1.5, 2), mixed(2 ** 70, 1))
