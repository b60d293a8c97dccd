# repr() of strings picks quotes and escapes control and non-printable characters; ascii() escapes all non-ASCII.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnewline\nreturn\r", "nul\x00bell\x07",
           "backslash\\", "é ü 中文", "\u200b zero width", "\x7f\x80\x9f\xa0", "\ud800", "emoji 😀", ""]
for s in samples:
    print(repr(s), ascii(s))
print(len("\N{GREEK SMALL LETTER ALPHA}\u03b2\U0001F600"), "\x41\101\u0041", r"raw\n", len(r"\n"))
print("multi" "ple" ' literals', """triple "quoted" 'string'""", 'a\
b')
print(str("x"), "é" == "e\u0301", len("e\u0301"), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
