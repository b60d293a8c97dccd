# Float division by zero and float modulo by zero have their own messages; here the modulo.
ratios = [0.5, 0.25]
for r in ratios:
    print(1.0 / r)
print(10.0 % 0.0)
