# sum/any/all/abs/len/round on various inputs, short-circuiting of any/all, and sum's start rules.
def loud(values):
    for v in values:
        print("  yield", v)
        yield v


print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum(()))
print(sum([1, 2.5]), sum([True, True, True]), sum((x for x in range(4)), start=100))
print(any(loud([0, 1, 2])))
print(all(loud([1, 0, 2])))
print(any([]), all([]), any([0, ""]), all("abc"), any(x > 2 for x in range(5)))
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True), abs(-(10 ** 20)))
print(len("héllo"), len([1, [2, 3]]), len({"a": 1}), len(range(0, 10, 3)), len(b"\x00\x01"))
try:
    sum(["a", "b"], "")
except TypeError as error:
    print("TypeError:", error)
try:
    sum([b"a"], b"")
except TypeError as error:
    print("TypeError:", error)
try:
    sum([1, "a"])
except TypeError as error:
    print("TypeError:", error)
try:
    abs("x")
except TypeError as error:
    print("TypeError:", error)
try:
    len(5)
except TypeError as error:
    print("TypeError:", error)
