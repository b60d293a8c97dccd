# The compiler folds constant expressions only below size limits: 4096 chars/bytes, 256 tuple items, 128-bit ints.
s1 = "ab" * 2048
s2 = "ab" * 2048
s3 = "ab" * 2049
s4 = "ab" * 2049
print("str of 4096 folded:", s1 is s2, " 4098 not:", s3 is s4)
b1 = b"z" * 4096
b2 = b"z" * 4096
b3 = b"z" * 4097
b4 = b"z" * 4097
print("bytes of 4096 folded:", b1 is b2, " 4097 not:", b3 is b4)
t1 = (1, 2) * 128
t2 = (1, 2) * 128
t3 = (1, 2) * 129
t4 = (1, 2) * 129
print("tuple of 256 folded:", t1 is t2, " 258 not:", t3 is t4)
i1 = 15 ** 32
i2 = 15 ** 32
i3 = 15 ** 33
i4 = 15 ** 33
print("15 ** 32 (4 bits x 32 = 128) folded:", i1 is i2, " 15 ** 33 not:", i3 is i4)
l1 = 1 << 127
l2 = 1 << 127
l3 = 1 << 128
l4 = 1 << 128
print("1 << 127 folded:", l1 is l2, " 1 << 128 not:", l3 is l4)
c1 = "abc" + "def"
c2 = "abcdef"
print("concatenated constants fold into the literal:", c1 is c2)
n1 = -(10 ** 20)
n2 = -100000000000000000000
print("negated power folds:", n1 is n2)
x1 = "abc"[1:]
x2 = "bc"
print("a constant slice is not folded (computed at run time):", x1 is x2)
f1 = 1.5 * 2
f2 = 3.0
print("float product folds to the same constant:", f1 is f2)
