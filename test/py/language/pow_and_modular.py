# ** and pow(): negative exponents give floats, three-argument pow, modular inverse, zero to negative powers.
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 2 ** 0.5, 4 ** 0.5, 0 ** 0, 0.0 ** 0)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(10, -2, 13), pow(5, 0, 1))
print((-8) ** (1 / 3))
print(pow(2, 0.5) == 2 ** 0.5, 10 ** -3, 1 ** 10 ** 10, (-1) ** 10 ** 10 + 0)
errors = [
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: pow(2, -1, 4),
    lambda: pow(2, 3, 0),
    lambda: pow(2.0, 3, 5),
    lambda: pow(2, 1.5, 5),
]
for call in errors:
    try:
        call()
    except (ZeroDivisionError, ValueError, TypeError) as error:
        print(type(error).__name__, error)
