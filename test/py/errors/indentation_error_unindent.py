# A dedent to a column that matches no enclosing block.
def f():
        x = 1
    return x


print(f())
