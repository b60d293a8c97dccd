# An exception raised inside a generator shows the generator's frame below the consumer's.
def read_numbers(lines):
    for line in lines:
        yield float(line)


def average(lines):
    numbers = list(read_numbers(lines))
    return sum(numbers) / len(numbers)


print(average(["1.5", "2.5"]))
print(average(["1.5", "n/a"]))
