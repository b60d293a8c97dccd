import sys
x = "".join(["ab", "cd"])
print(sys.getrefcount(x))
y = x.strip()
print(sys.getrefcount(x), y is x)
z = [x.split(), x.partition("z"), x.rpartition("z"), x.splitlines(), x.replace("q", "r"), x.center(2), x.zfill(1), x[:], x + "", "" + x, x * 1, format(x), "%s" % x, "{}".format(x), str(x), x.removeprefix("q"), x.expandtabs(), "".join([x]), x.lstrip("q")]
print(sys.getrefcount(x))
del z
print(sys.getrefcount(x))
l = ["x", "y"]
s = "-".join(l)
print(sys.getrefcount(l), sys.getrefcount(l[0]) > 1000)
b = bytes([1, 2, 3])
print(sys.getrefcount(b))
c = [b[:], b + b"", b * 1, bytes(b), b.strip(), b.replace(b"q", b"r"), b.split()[0]]
print(sys.getrefcount(b))
del c
print(sys.getrefcount(b))
e = "é" * 3
it = iter(e)
print(sys.getrefcount(e))
print(next(it), sys.getrefcount(e))
print(list(it), sys.getrefcount(e))
c1 = 1 + 2j
print(sys.getrefcount(c1), sys.getrefcount(+c1), sys.getrefcount(complex(c1)))
f = 2.5
print(sys.getrefcount(f), sys.getrefcount(f.real), sys.getrefcount(f.conjugate()))
n = 10 ** 20
print(sys.getrefcount(n), sys.getrefcount(n.real), sys.getrefcount(int(n)), sys.getrefcount(n.__trunc__()))
d = {"k": x}
print(sys.getrefcount(x), "{k}".format_map(d) is x, sys.getrefcount(x))
