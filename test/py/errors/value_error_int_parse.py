# int() of a string that is not a number, from input read out of a list.
lines = ["10", "20", "3O"]
total = 0
for line in lines:
    total += int(line)
    print("running total", total)
