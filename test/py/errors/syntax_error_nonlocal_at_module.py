# nonlocal at module level is rejected by the symbol table.
print("never printed")
nonlocal counter
counter = 0
print("end of file")
