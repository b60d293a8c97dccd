# A name used in a function before its global declaration.
total = 0


def add(n):
    print(total)
    global total
    total += n
