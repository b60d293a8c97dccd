# Operator precedence: power vs unary minus, bitwise vs comparison, not vs ==, conditional and lambda.
print(-2 ** 2, 2 ** -1, -2 ** -2, 2 * 3 ** 2, (-2) ** 2)
print(1 + 2 * 3 - 4 / 2, 7 // 2 * 2, 7 % 3 * 2, 2 * 7 % 3, -7 // 2, -(7 // 2))
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1, 6 & 3 == 2, (6 & 3) == 2)
print(not 1 == 2, not (1 == 2), 1 < 2 == 2, True + 1 < 3, "a" + "b" * 2)
print(1 if 0 else 2 if 0 else 3, (lambda: 1 if True else 2)(), [1, 2][-1] ** 2, -[3][0])
print(not 0 and 1, not (0 and 1), 0 or 1 and 2, (0 or 1) and 2, 1 and 0 or 3)
x = 10
print(x > 5 and x < 20 or x == 0, ~x + 1, -~x, ~-x, 2 ** 3 ** 0)
print(3 - -3, 3 - - - 3, +-+1, 10 - 2 - 3, 2 ** 2 ** 3, 100 / 10 / 5)
