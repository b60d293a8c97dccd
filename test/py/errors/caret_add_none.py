# A binary operation with None: 3.11 marks the operator with ^ and the operands with ~.
def total(price, tax):
    return price + tax


print(total(10, 2))
print(total(10, None))
