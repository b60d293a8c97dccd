# print(): sep, end, file=sys.stderr, several values, no values, objects converted with str().
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=" <end>\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print("to stderr", file=sys.stderr)
print(*range(5), sep="-")
print(*[], "only this")
print("sep None", "end None", sep=None, end=None)
sys.stdout.write("written directly\n")
print("x", file=None)
try:
    print("x", sep=5)
except TypeError as error:
    print("TypeError:", error)
try:
    print("x", file=5)
except AttributeError as error:
    print("AttributeError:", error)
