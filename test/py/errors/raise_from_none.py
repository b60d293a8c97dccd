# raise ... from None hides the original exception: only the new traceback is printed.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError("unknown key " + repr(key)) from None


print(lookup({"x": 1}, "x"))
print(lookup({"x": 1}, "y"))
