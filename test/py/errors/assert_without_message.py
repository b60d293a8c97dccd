# A bare assert failing: AssertionError with no message, carets absent because the statement is the line.
def check_sorted(items):
    assert items == sorted(items)
    return True


print(check_sorted([1, 2, 3]))
print(check_sorted([3, 1]))
