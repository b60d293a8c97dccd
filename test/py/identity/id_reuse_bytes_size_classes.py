# Freed bytes blocks are reused by bytes of any length in the same 16-byte size class, and only by those.
def reused(n1, n2):
    a = bytes(n1)
    i = id(a)
    del a
    b = bytes(n2)
    return id(b) == i


for n1, n2 in [(100, 101), (100, 111), (100, 112), (95, 100), (31, 46), (31, 47), (479, 470), (479, 480)]:
    print("bytes(%d) then bytes(%d): %s  (blocks of %d and %d bytes)" % (n1, n2, reused(n1, n2), (33 + n1 + 15) // 16 * 16, (33 + n2 + 15) // 16 * 16))
