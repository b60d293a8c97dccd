# printf-style % formatting: conversions, flags, width/precision, mapping keys, and its errors.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%e|%E|%g|%G" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%.2f|%8.3f|%-8.1f|%+.0f|%%|%c|%c" % (3.14159, 2.5, 2.25, 2.5, 65, "z"))
print("%(name)s is %(age)d years" % {"name": "Ada", "age": 36})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ("a", "b"), "%d" % 3.99, "%s" % None)
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
errors = [
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%d" % "x",
    lambda: "%z" % 1,
    lambda: "%(key)s" % {},
    lambda: "%s %s" % {"a": 1},
]
for call in errors:
    try:
        call()
    except (TypeError, ValueError, KeyError) as error:
        print(type(error).__name__, error)
print(b"%s-%d" % (b"bytes", 5))
