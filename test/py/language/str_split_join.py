# split/rsplit with separators and maxsplit, splitlines, join and its TypeError message.
text = "  alpha  beta\tgamma\n delta  "
print(text.split())
print(text.split(" "))
print(text.split(None, 1), text.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "x\ny\n".splitlines(True))
print("one\n\ntwo".split("\n"), "one\n\ntwo".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(map(str, [1, 2])), "+".join([]))
try:
    "-".join(["a", 1, "b"])
except TypeError as error:
    print("TypeError:", error)
try:
    "x".split("")
except ValueError as error:
    print("ValueError:", error)
print("a b c".split(maxsplit=1), "k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="))
