# Recursion: direct, mutual, with memo dicts, building structures, and depth well under the limit.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

memo = {}

def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in permutations(items[:i] + items[i + 1:])]

def depth(nested):
    return 1 + max((depth(x) for x in nested if isinstance(x, list)), default=0)

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(factorial(20), factorial(0), is_even(10), is_odd(7), fib(90), len(memo))
print(permutations([1, 2, 3]), depth([1, [2, [3, []]], [4]]), hanoi(3, "A", "C", "B", []))
print(len(str(factorial(400))), sum(range(1, 501)) == (lambda f: f(f, 500))(lambda f, n: n and n + f(f, n - 1)))
