# Which operations return the cached 1-character string (code points below 256), and which make new ones.
s = "hello world"
h = s[0]
cafe = "caf\xe9"
results = [
    ("indexing twice", s[0] is s[0]),
    ("chr() of the same code point", chr(104) is h),
    ("iteration over the string", next(iter(s)) is h),
    ("list(str) items", list(s)[0] is h),
    ("1-char slice", s[0:1] is h),
    ("str.split of single letters", "h e".split()[0] is h),
    ("str(5) twice", str(5) is str(5)),
    ("latin-1 character via chr", chr(233) is cafe[3]),
    ("chr(256) twice", chr(256) is chr(256)),
    ("upper() of a 1-char string", "h".upper() is "H".upper()),
    ("join of one 1-char string returns it", "".join([h]) is h),
    ("strip() leaving one char", " h ".strip() is h),
    ("replace producing one char", "x".replace("x", "h") is h),
    ("f-string of one char variable", f"{h}" is h),
    ("bytes 1-char slices", b"abc"[0:1] is b"abc"[0:1]),
]
for label, ok in results:
    print("%-40s %s" % (label, ok))
