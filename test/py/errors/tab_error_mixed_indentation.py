# Indentation that is consistent with 8-column tabs but not with 1-column tabs: TabError.
if True:
	first = 1
        second = 2
print(first, second)
