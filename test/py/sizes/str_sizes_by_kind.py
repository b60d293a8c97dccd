# A str stores 1, 2 or 4 bytes per character (its widest character decides) after a 48-byte (ASCII) or 72-byte header, plus a terminator.
import sys

samples = {"ascii": "a", "latin-1": "\xe9", "ucs-2": "\u20ac", "ucs-4": "\U0001f600"}
for name, ch in samples.items():
    sizes = [sys.getsizeof(ch * n) for n in (1, 2, 3, 10, 100)]
    print("%-8s" % name, sizes)
print("empty:", sys.getsizeof(""), " mixed ascii + one wide char:", sys.getsizeof("a" * 9 + "\u20ac"))
print("str.__basicsize__:", str.__basicsize__)
