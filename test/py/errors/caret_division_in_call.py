# ZeroDivisionError inside a call argument: the caret marks the division, not the call.
def mean(values):
    return round(sum(values) / len(values), 2)


print(mean([1, 2, 4]))
print(mean([]))
