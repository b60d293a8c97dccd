# Results of arithmetic are the cached small ints exactly when they fall in -5..256, whatever made them.
def same(a, b):
    return a is b


two_five_five = int("255")
results = [
    ("255 + 1 is 256", same(two_five_five + 1, int("256"))),
    ("255 + 2 is 257", same(two_five_five + 2, int("257"))),
    ("-4 - 1 is -5", same(int("-4") - 1, int("-5"))),
    ("-5 - 1 is -6", same(int("-5") - 1, int("-6"))),
    ("512 // 2 is 256", same(int("512") // 2, int("256"))),
    ("2 ** 8 at run time", same(int("2") ** 8, int("256"))),
    ("len of 256 items", same(len([0] * 256), int("256"))),
    ("len of 257 items", same(len([0] * 257), int("257"))),
    ("range items up to 256", all(same(i, int(str(i))) for i in range(250, 257))),
    ("range item 257", same(list(range(257, 258))[0], int("257"))),
    ("enumerate counter 256", same(list(enumerate(range(257)))[-1][0], int("256"))),
    ("sum() == 256", same(sum([128, 128]), int("256"))),
    ("abs(-256)", same(abs(int("-256")), int("256"))),
    ("int.from_bytes 256", same(int.from_bytes(b"\x01\x00", "big"), int("256"))),
    ("big int minus big int is 0", same(2 ** 100 - 2 ** 100, int("0"))),
    ("True + 255", same(True + int("255"), int("256"))),
    ("ord('A') is 65", same(ord("A"), int("65"))),
    ("hash(100) is 100", same(hash(int("100")), int("100"))),
]
for label, ok in results:
    print("%-28s %s" % (label, ok))
