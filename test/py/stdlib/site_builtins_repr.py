# The names site adds to builtins: their reprs, classes and instance attributes.
import sys

print(repr(exit))
print(repr(quit))
print(repr(help))
print(repr(copyright) == sys.copyright)
print(repr(credits))
print(repr(license))
for obj in (exit, quit, copyright, credits, license, help):
    print(type(obj), type(obj).__module__)
print(exit.__dict__)
print(sorted(credits.__dict__))
print(license._Printer__linecnt > type(license).MAXLINES)
print(type(license).MAXLINES, license._Printer__data)
# _Printer reads MAXLINES from the instance: a short page turns a repr into the hint.
credits.MAXLINES = 1
print(repr(credits))
del credits.MAXLINES
print(repr(credits)[:20])
