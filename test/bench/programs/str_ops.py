# Strings: concatenation, join, split, f-strings, str methods, slicing, in, replace.
def main():
    words = []
    for i in range(30000):
        words.append(f"w{i % 97}x{i % 13}")
    text = " ".join(words)
    parts = text.split(" ")
    upper = [p.upper() for p in parts]
    n = 0
    for p in upper:
        if p.startswith("W1") and "X1" in p:
            n += 1
    s = ""
    for i in range(20000):
        s += str(i % 10)
    joined = ",".join(str(i) for i in range(30000))
    replaced = joined.replace(",", ";")
    count = replaced.count(";")
    fmt = ["%s-%d" % (w, len(w)) for w in words[:20000]]
    rev = text[::-1]
    return (len(text), n, len(s), count, fmt[123], rev[:10], text.find("w96x12"), "-".join(parts[:5]).title())


for _ in range(8):
    result = main()
print(*result)
