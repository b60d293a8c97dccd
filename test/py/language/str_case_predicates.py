# Case conversions and is* predicates on ASCII, digits and non-ASCII text.
words = ["hello world", "HELLO", "they're bill's", "ǆemal", "straße", "İstanbul", "x1y2"]
for w in words:
    print("%-16r upper=%r title=%r capitalize=%r swapcase=%r casefold=%r" % (
        w, w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold()))
samples = ["123", "½", "²", "١٢٣", "abc", "abc1", "", " \t\n", "Title Case", "ÀÉ", "a_b", "_x1"]
for s in samples:
    print("%-12r digit=%d decimal=%d numeric=%d alpha=%d alnum=%d space=%d title=%d upper=%d lower=%d ident=%d" % (
        s, s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
        s.istitle(), s.isupper(), s.islower(), s.isidentifier()))
print("abc".isascii(), "é".isascii(), "Hello\n".isprintable(), "Hello".isprintable())
