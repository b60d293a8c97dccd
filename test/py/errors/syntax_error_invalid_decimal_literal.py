# A name that starts with a digit: invalid decimal literal.
print("this file never runs: it does not compile")
1st_place = "gold"
print(1st_place)
print("end of file")
