# The in-place path needs a quickened code object: RESUME and JUMP_BACKWARD warm it up, but a while loop's conditional backward jump does not.
def with_for(n):
    s = "".join(["a", "b"])
    kept = 0
    for i in range(n):
        before = id(s)
        s += "z"
        kept += id(s) == before
    return kept


def with_while(n):
    s = "".join(["a", "b"])
    kept = 0
    i = 0
    while i < n:
        before = id(s)
        s += "z"
        kept += id(s) == before
        i += 1
    return kept


print("for loop keeps the id sometimes:", with_for(100) > 0)
print("while loop never does (first call):", with_while(100))
for _ in range(8):
    with_while(1)
print("after 8 more calls the code is quickened:", with_while(100) > 0)
