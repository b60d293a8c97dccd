# center/ljust/rjust/zfill/expandtabs and their rules for odd padding and signs.
for width in (0, 5, 6, 7):
    print(repr("abc".center(width)), repr("abc".center(width, "*")), repr("ab".center(width, "-")))
print(repr("x".ljust(4, ".")), repr("x".rjust(4, ".")), repr("long".ljust(2)))
for value in ("42", "-42", "+42", "", "abc", "-", "3.14"):
    print(repr(value.zfill(6)), end=" ")
print()
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t|".expandtabs(4)))
try:
    "x".center(5, "ab")
except TypeError as error:
    print("TypeError:", error)
print("%r" % "ab".center(5, "é"))
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(4) + ("%.2f" % price).rjust(8))
