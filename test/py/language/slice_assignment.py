# Slice assignment can grow or shrink a list; extended slices must match in size; del removes slices.
lst = list(range(8))
lst[2:4] = ["a", "b", "c", "d"]
print(lst)
lst[1:7] = []
print(lst)
lst[:0] = [-2, -1]
print(lst)
lst[len(lst):] = "xy"
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as error:
    print("ValueError:", error)
try:
    lst[1:2] = 5
except TypeError as error:
    print("TypeError:", error)
nums = list(range(10))
del nums[::3]
print(nums)
del nums[-2:]
print(nums)
del nums[5:1]
print(nums)
nums[::-1] = nums[:]
print(nums)
alias = nums
nums[:] = [9]
print(alias, alias is nums)
b = bytearray(b"hello")
b[1:3] = b"EY"
del b[-1:]
print(b)
