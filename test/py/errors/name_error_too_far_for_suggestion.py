# A typo too far from any name (lenght vs len) gets no "Did you mean" suggestion.
values = [3, 1, 2]
print(sorted(values))
print(lenght(values))
print("never reached")
