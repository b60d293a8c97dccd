# Augmented assignment on immutable values (int, str, tuple, float) rebinds the name to a new object.
n = 10
steps = []
n -= 3
steps.append(n)
n *= 2
steps.append(n)
n //= 3
steps.append(n)
n **= 2
steps.append(n)
n %= 7
steps.append(n)
n <<= 3
steps.append(n)
n |= 1
steps.append(n)
n ^= 0b11
steps.append(n)
n >>= 1
steps.append(n)
print(steps)
s = "ab"
alias = s
s *= 3
s += "!"
print(s, alias, s is alias)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t)
try:
    t += [3]
except TypeError as error:
    print("TypeError:", error)
x = 2.5
x /= 2
print(x)
