# str.splitlines returns the string itself only when it holds a single line with nothing cut:
# with a trailing line break and keepends False the break is removed, so a new string is made.
import sys

s = "one line\n"
print(s.splitlines(), s.splitlines(True))
t = "no break at all"
print(t.splitlines()[0] is t, s.splitlines(True)[0] is s, s.splitlines()[0] is s)
print("a\r\nb\rc\x0bd\x1ce\u2028f".splitlines())
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True))
