# Int arithmetic and comparisons on values around the one-digit (2**30) and 2**53 boundaries,
# in a function (the operands are read by superinstructions): every result, summarised.
import itertools

VALUES = [0, 1, -1, 2, -2, 3, 7, -7, 255, 256, -5, -6, 1000, -1000, 2**29, -2**29, 2**30 - 1,
          -(2**30 - 1), 2**30, -2**30, 2**31, 2**40 + 3, -(2**45), 2**53 - 1, 2**53, -2**53,
          2**62, 10**20, -10**20]

def results(a, b):
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    if b:
        r += [a // b, a % b]
    x = a
    x += b
    r.append(x)
    x = a
    x -= b
    r.append(x)
    x = a
    x *= b
    r.append(x)
    r += [a < b, a <= b, a == b, a != b, a > b, a >= b]
    return r

def main():
    checksum = 0
    count = 0
    for a, b in itertools.product(VALUES, repeat=2):
        for v in results(a, b):
            checksum = (checksum * 31 + int(v)) % 1000000007
            count += 1
    print(count, checksum)
    print(results(2**30 - 1, 1), results(-(2**30 - 1), -1))
    print(results(-1073741823, -2)[3:6], results(2**53 - 1, 2))

main()
