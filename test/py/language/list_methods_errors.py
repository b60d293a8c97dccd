# list methods and their exact error messages.
lst = [3, 1, 4, 1, 5]
lst.append(9)
lst.insert(0, 2)
lst.insert(100, "end")
lst.insert(-100, "start")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(1), lst.index(1, 2), lst.count(1), lst.count(7))
lst.remove(1)
print(lst)
lst.extend(range(2))
lst.extend("ab")
print(lst)
errors = [
    lambda: lst.remove(42),
    lambda: lst.index(42),
    lambda: lst.index(3, 1),
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: lst[10],
    lambda: lst.__setitem__(10, 0),
    lambda: [3, "a"].sort(),
    lambda: lst.extend(5),
    lambda: lst.insert(0),
]
for call in errors:
    try:
        call()
    except (ValueError, IndexError, TypeError) as error:
        print(type(error).__name__, error)
nums = [5, 2, 8, 1]
print(nums.sort(), nums, nums.reverse(), nums, nums.copy() == nums, nums.copy() is nums)
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower, reverse=True)
print(words, [1, 2] * 2, [[0]] * 2, [] * 5, nums.clear(), nums)
