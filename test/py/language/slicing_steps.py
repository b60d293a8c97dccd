# Slices with negative indices and steps, out-of-range bounds, and slice.indices().
s = "0123456789"
cases = [(None, None, -1), (None, None, 2), (1, None, 3), (-3, None, None), (None, -3, None),
         (8, 2, -2), (2, 8, -1), (-1, -5, -1), (100, None, -1), (-100, 3, None), (5, 5, None),
         (None, None, -3), (-2, None, -2)]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print("%-26r %-12r %s" % (sl, s[sl], sl.indices(len(s))))
lst = list(range(10))
print(lst[::-1] == list(reversed(lst)), lst[-1:-11:-1][:3], lst[3:-3])
print((1, 2, 3)[::-2], b"abcdef"[1::2], range(10)[::-3], range(10)[-2:2:-2])
try:
    lst[::0]
except ValueError as error:
    print("ValueError:", error)
try:
    lst["a":]
except TypeError as error:
    print("TypeError:", error)
print(lst[True:], s[None:3])
