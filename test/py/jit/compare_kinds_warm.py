# Comparisons of every kind in warm functions, with and without a jump after them.
class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('lt', self.v)
        return self.v < other.v

    def __bool__(self):
        print('bool', self.v)
        return self.v > 0


def less(a, b):
    if a < b:
        return 1
    return 0


def flag(a, b):
    return a < b


def truthy(x):
    if x:
        return 'yes'
    return 'no'


for i in range(20):
    less(i, 10)
    flag(i, 10.5)
    truthy(i)
print(less(1.5, 2), less('a', 'b'), less((1, 2), (1, 3)), less(2 ** 80, 2 ** 81))
print(less(Odd(1), Odd(2)), flag(Odd(3), Odd(2)), truthy(Odd(0)), truthy([]), truthy('s'))
try:
    less(1, 'a')
except TypeError as e:
    print(e)
print(flag(float('nan'), 1.0), flag(3, 2.5))
