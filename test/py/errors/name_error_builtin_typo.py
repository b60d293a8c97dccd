# A misspelled builtin function name: the NameError suggests the builtin.
scores = [70, 85, 90]
print("best:", max(scores))
print("total:", summ(scores))
print("never reached")
