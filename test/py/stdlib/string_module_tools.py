# The string module: character constants, Template substitution, capwords; str.maketrans/translate.
import string
from string import Template

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Ada", what="apple"), t.safe_substitute(who="Bob"))
try:
    t.substitute(who="x")
except KeyError as error:
    print("KeyError:", error)
print(string.capwords("hello   big world"), "hello   big world".title())
table = str.maketrans("abc", "xyz", "!")
print("a-b-c!".translate(table), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans({"a": "1"}), "caesar".translate(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])))
