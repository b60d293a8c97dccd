# A return, break or continue inside finally discards the pending exception or return value.
def return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"

def return_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def break_swallows_exception():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "after loop, i=%d" % i

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen

print(return_overrides_return(), return_swallows_exception(), break_swallows_exception())
print(continue_in_finally())
