# return at module level is reported by the compiler, after parsing succeeded.
print("this file never runs: it does not compile")
value = 3
if value > 2:
    return value
